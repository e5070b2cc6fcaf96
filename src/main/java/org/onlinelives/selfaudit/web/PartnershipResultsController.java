package org.onlinelives.selfaudit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Agencies;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.PartnershipScores;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.results.PartnershipResults;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership view for administrators and analysts (heat map, averages, spread, who
 * has not submitted), and an agency's comparison with its earlier cycles and the
 * partnership.
 */
@Controller
class PartnershipResultsController {

	private final SelfAudits selfAudits;

	private final PartnershipScores scores;

	private final RagSettings ragSettings;

	private final Agencies agencies;

	private final AuditViews views;

	private final AccessLog accessLog;

	PartnershipResultsController(SelfAudits selfAudits, PartnershipScores scores, RagSettings ragSettings,
			Agencies agencies, AuditViews views, AccessLog accessLog) {
		this.views = views;
		this.accessLog = accessLog;
		this.selfAudits = selfAudits;
		this.scores = scores;
		this.ragSettings = ragSettings;
		this.agencies = agencies;
	}

	@GetMapping("/audit-results")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	String partnership(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "cycle", required = false) String cycleParam, Model model) {
		List<AuditCycle> cycles = this.selfAudits.cycles(user);
		model.addAttribute("cycles", cycles);
		Optional<AuditCycle> chosen = chosen(cycles, cycleParam);
		if (chosen.isEmpty()) {
			return "selfaudit/partnership";
		}
		AuditCycle cycle = chosen.get();
		model.addAttribute("cycle", cycle);
		model.addAttribute("results", partnershipResults(user, cycle));
		List<String> notSubmitted = new ArrayList<>();
		Map<Long, Map<String, Integer>> submitted = this.scores.submittedIn(user.partnershipId(), cycle.getId());
		for (Agency agency : this.agencies.findByPartnershipIdOrderByName(user.partnershipId())) {
			if (cycle.includes(agency.getId()) && !submitted.containsKey(agency.getId())) {
				notSubmitted.add(agency.getName());
			}
		}
		model.addAttribute("notSubmitted", notSubmitted);
		return "selfaudit/partnership";
	}

	@GetMapping("/audit-results/export.csv")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @RequestParam("cycle") String cycleParam) {
		AuditCycle cycle = exportable(user, cycleParam);
		byte[] body = ResultsExports.csv(cycle.getName(), partnershipResults(user, cycle));
		this.accessLog.record(user, AccessEvent.EXPORTED, "audit-cycle", cycle.getId(), "partnership results CSV");
		return download(body, "text/csv;charset=UTF-8", "self-audit-results-" + cycle.getId() + ".csv");
	}

	@GetMapping("/audit-results/export.xlsx")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user, @RequestParam("cycle") String cycleParam) {
		AuditCycle cycle = exportable(user, cycleParam);
		byte[] body = ResultsExports.xlsx(cycle.getName(), partnershipResults(user, cycle));
		this.accessLog.record(user, AccessEvent.EXPORTED, "audit-cycle", cycle.getId(), "partnership results XLSX");
		return download(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"self-audit-results-" + cycle.getId() + ".xlsx");
	}

	private AuditCycle exportable(SignedInUser user, String cycleParam) {
		return chosen(this.selfAudits.cycles(user), cycleParam)
			.orElseThrow(() -> new RecordNotFoundException("audit-cycle", cycleParam));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	PartnershipResults partnershipResults(SignedInUser user, AuditCycle cycle) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Agency agency : this.agencies.findByPartnershipIdOrderByName(user.partnershipId())) {
			names.put(agency.getId(), agency.getName());
		}
		AuditFramework framework = this.selfAudits.frameworkVersion(cycle.getFrameworkVersion());
		return PartnershipResults.of(framework, names, this.scores.submittedIn(user.partnershipId(), cycle.getId()),
				this.ragSettings.bandsFor(user.partnershipId()));
	}

	/** One column of the comparison: a cycle's totals for this agency. */
	public record ComparisonColumn(String cycleName, AuditScores scores, boolean current) {
	}

	@GetMapping("/audits/{id}/comparison")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String comparison(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		AuditFramework framework = this.selfAudits.framework(audit);
		List<ComparisonColumn> columns = new ArrayList<>();
		List<Audit> agencyAudits = new ArrayList<>(this.selfAudits.auditsOfAgency(audit));
		java.util.Collections.reverse(agencyAudits);
		for (Audit earlier : agencyAudits) {
			boolean current = earlier.getId().equals(audit.getId());
			if ((!earlier.getStatus().isSubmitted() && !current)
					|| !earlier.getFrameworkVersion().equals(audit.getFrameworkVersion())) {
				continue;
			}
			Map<String, Integer> byNumber = new HashMap<>();
			for (AuditStatement statement : this.selfAudits.statements(earlier).values()) {
				byNumber.put(statement.getStatementNumber(), statement.getScore());
			}
			columns.add(new ComparisonColumn(this.selfAudits.cycleOf(earlier).getName(),
					AuditScores.of(framework, byNumber), current));
		}
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("columns", columns);
		model.addAttribute("partnership", partnershipResults(user, this.selfAudits.cycleOf(audit)));
		return "selfaudit/comparison";
	}

	private static Optional<AuditCycle> chosen(List<AuditCycle> cycles, String cycleParam) {
		if (cycleParam != null && !cycleParam.isBlank()) {
			return cycles.stream().filter((cycle) -> cycle.getId().toString().equals(cycleParam.strip())).findFirst();
		}
		return cycles.stream().findFirst();
	}

}
