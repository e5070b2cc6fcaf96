package org.onlinelives.selfaudit.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.selfaudit.AuditResultsQuery;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditCycles;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.Audits;
import org.onlinelives.selfaudit.audit.PartnershipScores;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.onlinelives.selfaudit.scoring.PartnershipAverages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's latest cycle with submitted audits, summarised for its board report:
 * each agency's section and overall totals, the partnership's averages (withheld when too
 * few agencies contribute, as on the partnership results page) and the statements scored
 * lowest across agencies.
 */
@Service
@Transactional(readOnly = true)
class CycleSummaries implements AuditResultsQuery {

	/** How many of the lowest-scored statements the summary names. */
	static final int WEAKEST = 5;

	private final AuditCycles cycles;

	private final Audits audits;

	private final PartnershipScores scores;

	private final RagSettings ragSettings;

	private final SelfAudits selfAudits;

	private final AgencyDirectory agencies;

	CycleSummaries(AuditCycles cycles, Audits audits, PartnershipScores scores, RagSettings ragSettings,
			SelfAudits selfAudits, AgencyDirectory agencies) {
		this.cycles = cycles;
		this.audits = audits;
		this.scores = scores;
		this.ragSettings = ragSettings;
		this.selfAudits = selfAudits;
		this.agencies = agencies;
	}

	@Override
	public Optional<CycleSummary> latestCycle(long partnershipId) {
		for (AuditCycle cycle : this.cycles.inPartnership(partnershipId)) {
			Map<Long, Map<String, Integer>> submitted = this.scores.submittedIn(partnershipId, cycle.getId());
			if (!submitted.isEmpty()) {
				return Optional.of(summarise(partnershipId, cycle, submitted));
			}
		}
		return Optional.empty();
	}

	private CycleSummary summarise(long partnershipId, AuditCycle cycle, Map<Long, Map<String, Integer>> submitted) {
		AuditFramework framework = this.selfAudits.frameworkVersion(cycle.getFrameworkVersion());
		Map<Long, String> names = new LinkedHashMap<>();
		for (Agency agency : this.agencies.agenciesOf(partnershipId)) {
			names.put(agency.getId(), agency.getName());
		}
		PartnershipResults results = PartnershipResults.of(framework, names, submitted,
				this.ragSettings.bandsFor(partnershipId));
		Set<Long> signedOff = this.audits.inCycle(partnershipId, cycle.getId())
			.stream()
			.filter((audit) -> audit.getStatus() == AuditStatus.SIGNED_OFF)
			.map(Audit::getAgencyId)
			.collect(Collectors.toSet());
		List<AgencyResult> rows = results.rows()
			.stream()
			.map((row) -> new AgencyResult(row.agencyName(), signedOff.contains(row.agencyId()),
					row.sections().stream().map((cell) -> cell.result().total()).toList(),
					row.sections().get(0).result().maximum(), row.overall().result().total(),
					row.overall().result().maximum(), "selfaudit.rag." + row.overall().band().name()))
			.toList();
		List<String> notSubmitted = names.entrySet()
			.stream()
			.filter((entry) -> cycle.includes(entry.getKey()) && !submitted.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new CycleSummary(cycle.getName(), cycle.getPeriodStart(), cycle.getPeriodEnd(),
				framework.sections().stream().map((section) -> section.title()).toList(), rows, notSubmitted,
				results.sectionAverageTexts(), results.overallAverageText(), PartnershipResults.minimumAgencies(),
				weakest(framework, submitted));
	}

	/**
	 * The statements with the lowest average score, among those at least as many agencies
	 * scored as a partnership average needs, so no agency's own score can be read back.
	 */
	static List<WeakStatement> weakest(AuditFramework framework, Map<Long, Map<String, Integer>> submitted) {
		List<WeakStatement> averages = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (FrameworkStatement statement : framework.statements()) {
			List<Integer> given = submitted.values()
				.stream()
				.map((scores) -> scores.get(statement.number()))
				.filter(java.util.Objects::nonNull)
				.toList();
			if (given.size() < PartnershipAverages.MINIMUM_AGENCIES_FOR_AVERAGE) {
				continue;
			}
			double average = given.stream().mapToInt(Integer::intValue).average().orElse(0);
			averages.add(new WeakStatement(statement.number(), statement.text(),
					String.format(Locale.UK, "%.1f", average), given.size()));
			values.add(average);
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < averages.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> values.get(i)).thenComparingInt((i) -> i));
		return order.stream().limit(WEAKEST).map(averages::get).toList();
	}

}
