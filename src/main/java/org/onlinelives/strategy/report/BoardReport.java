package org.onlinelives.strategy.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.casedata.CaseDataHeadlines;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.platform.web.UkTime;
import org.onlinelives.selfaudit.AuditResultsQuery;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.PlanStatus;
import org.onlinelives.strategy.plan.Rag;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.workforce.bulletins.AgencyConductCoverage;
import org.onlinelives.workforce.bulletins.ConductCoverageQuery;
import org.onlinelives.workforce.training.AgencyCoverage;
import org.onlinelives.workforce.training.TrainingCoverageQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's board report as a PDF: the plan's progress by priority, the
 * recommendations adopted, the latest audit cycle's results, training and code-of-conduct
 * coverage by agency, and case-data headline figures. Everything beyond the plan comes
 * through the other modules' published queries; the case figures arrive already protected
 * by disclosure control.
 */
@Service
@Transactional(readOnly = true)
public class BoardReport {

	private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter
		.ofPattern("MMMM yyyy", Locale.UK);

	private final PartnershipPlan plan;

	private final Partnerships partnerships;

	private final AuditResultsQuery auditResults;

	private final TrainingCoverageQuery training;

	private final ConductCoverageQuery conduct;

	private final ObjectProvider<CaseDataHeadlines> caseData;

	private final PdfRenderer pdf;

	private final UkTime ukTime;

	private final AccessLog accessLog;

	private final Clock clock;

	BoardReport(PartnershipPlan plan, Partnerships partnerships, AuditResultsQuery auditResults,
			TrainingCoverageQuery training, ConductCoverageQuery conduct, ObjectProvider<CaseDataHeadlines> caseData,
			PdfRenderer pdf, UkTime ukTime, AccessLog accessLog, Clock clock) {
		this.plan = plan;
		this.partnerships = partnerships;
		this.auditResults = auditResults;
		this.training = training;
		this.conduct = conduct;
		this.caseData = caseData;
		this.pdf = pdf;
		this.ukTime = ukTime;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** An action as the report lists it. */
	public record ActionLine(PlanAction action, String ownerName, String leadName, Rag rag, boolean overdue) {
	}

	/** A priority's actions and how many stand at each status and rating. */
	public record PriorityPart(StrategicPriority priority, List<ActionLine> actions, Map<PlanStatus, Integer> byStatus,
			Map<Rag, Integer> byRag) {
	}

	/** An agency's line in the coverage tables; either figure may be missing. */
	public record CoverageLine(String agencyName, AgencyCoverage training, AgencyConductCoverage conduct) {
	}

	/** The report for the administrator's partnership, logged as an export. */
	public byte[] pdfFor(SignedInUser admin) {
		if (!admin.isAdministrator()) {
			throw new AccessDeniedException("The board report is for partnership administrators");
		}
		byte[] bytes = this.pdf.render("strategy/board-report-pdf", model(admin.partnershipId()), Locale.UK);
		this.accessLog.record(admin, AccessEvent.EXPORTED, "partnership", admin.partnershipId(), "board report PDF");
		return bytes;
	}

	Map<String, Object> model(long partnershipId) {
		LocalDate today = this.plan.today();
		Map<Long, String> agencyNames = this.plan.agencyNames(partnershipId);
		Map<String, Object> model = new HashMap<>();
		model.put("partnershipName", this.partnerships.findById(partnershipId).map(Partnership::getName).orElse(""));
		model.put("generatedAt", this.clock.instant());
		model.put("ukTime", this.ukTime);
		model.put("priorities", priorities(partnershipId, agencyNames, today));
		model.put("recommendations",
				this.plan.recommendationsOf(partnershipId).stream().filter((row) -> row.adopted()).toList());
		model.put("answers", this.plan.answersByAction(partnershipId));
		model.put("audit", this.auditResults.latestCycle(partnershipId).orElse(null));
		Map<Long, AgencyCoverage> trainingByAgency = this.training.coverageByAgency(partnershipId);
		Map<Long, AgencyConductCoverage> conductByAgency = this.conduct.coverageByAgency(partnershipId);
		List<CoverageLine> coverage = new ArrayList<>();
		agencyNames.forEach((agencyId, name) -> {
			if (trainingByAgency.containsKey(agencyId) || conductByAgency.containsKey(agencyId)) {
				coverage.add(new CoverageLine(name, trainingByAgency.get(agencyId), conductByAgency.get(agencyId)));
			}
		});
		model.put("coverage", coverage);
		model.put("trainingTarget", trainingByAgency.values().stream().findFirst().orElse(null));
		model.put("conductVersion",
				conductByAgency.values().stream().filter(AgencyConductCoverage::published).findFirst().orElse(null));
		CaseDataHeadlines headlines = this.caseData.getIfAvailable();
		CaseDataHeadlines.Headlines figures = (headlines != null) ? headlines.latestPeriod(partnershipId) : null;
		model.put("caseData", figures);
		if (figures != null) {
			model.put("caseFrom", MONTH.format(figures.from()));
			model.put("caseTo", MONTH.format(figures.to()));
		}
		return model;
	}

	private List<PriorityPart> priorities(long partnershipId, Map<Long, String> agencyNames, LocalDate today) {
		List<PlanAction> actions = this.plan.actionsOf(partnershipId);
		List<PriorityPart> parts = new ArrayList<>();
		for (StrategicPriority priority : StrategicPriority.values()) {
			List<ActionLine> lines = new ArrayList<>();
			Map<PlanStatus, Integer> byStatus = new EnumMap<>(PlanStatus.class);
			Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
			for (PlanStatus status : PlanStatus.values()) {
				byStatus.put(status, 0);
			}
			for (Rag rag : Rag.values()) {
				byRag.put(rag, 0);
			}
			for (PlanAction action : actions) {
				if (action.getPriority() != priority) {
					continue;
				}
				Rag shown = action.shownRag(today);
				lines.add(new ActionLine(action,
						(action.getOwnerAgencyId() != null) ? agencyNames.get(action.getOwnerAgencyId()) : null,
						this.plan.nameOf(partnershipId, action.getLeadUserId()), shown, action.isOverdue(today)));
				byStatus.merge(action.getStatus(), 1, Integer::sum);
				byRag.merge(shown, 1, Integer::sum);
			}
			parts.add(new PriorityPart(priority, lines, byStatus, byRag));
		}
		return parts;
	}

}
