package org.onlinelives.selfaudit.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkStatement;

/**
 * Partnership-wide figures across agencies' audits: average totals per section and
 * overall, and the spread of scores for each statement.
 *
 * <p>
 * An agency contributes to a section's average when it scored at least one statement in
 * that section, and to a statement's spread when it scored that statement. Any figure
 * built from fewer than {@value #MINIMUM_AGENCIES_FOR_AVERAGE} agencies is suppressed,
 * because with one or two agencies a reader could work out another agency's own scores.
 */
public final class PartnershipAverages {

	// PRODUCT.md §2 and §6: partnership views show aggregates only, with small numbers
	// suppressed
	public static final int MINIMUM_AGENCIES_FOR_AVERAGE = 3;

	private final AuditFramework framework;

	private final Collection<AuditScores> audits;

	private PartnershipAverages(AuditFramework framework, Collection<AuditScores> audits) {
		this.framework = framework;
		this.audits = audits;
	}

	/**
	 * Keyed by agency so that no agency can be counted twice.
	 * @param framework the framework every audit was scored against
	 * @param auditsByAgency each agency's audit, keyed by the agency
	 * @return the partnership figures
	 */
	public static PartnershipAverages of(AuditFramework framework, Map<?, AuditScores> auditsByAgency) {
		auditsByAgency.forEach((agency, audit) -> {
			if (!audit.framework().version().equals(framework.version())) {
				throw new IllegalArgumentException("The audit for " + agency + " uses framework "
						+ audit.framework().version() + ", not " + framework.version());
			}
		});
		return new PartnershipAverages(framework, List.copyOf(auditsByAgency.values()));
	}

	public List<SectionAverage> sections() {
		return this.framework.sections().stream().map((section) -> section(section.number())).toList();
	}

	public SectionAverage section(int number) {
		return average(number, this.audits.stream().map((audit) -> audit.section(number)).toList(),
				this.framework.section(number).maximumScore());
	}

	public SectionAverage overall() {
		return average(SectionResult.OVERALL, this.audits.stream().map(AuditScores::overall).toList(),
				this.framework.maximumScore());
	}

	public List<ScoreDistribution> distributions() {
		return this.framework.statements().stream().map((statement) -> distribution(statement.number())).toList();
	}

	public ScoreDistribution distribution(String statementNumber) {
		FrameworkStatement statement = this.framework.statement(statementNumber)
			.orElseThrow(() -> new IllegalArgumentException(
					"Statement " + statementNumber + " is not in audit framework " + this.framework.version()));
		int[] counts = new int[AuditFramework.HIGHEST_SCORE + 1];
		int agencies = 0;
		for (AuditScores audit : this.audits) {
			OptionalInt score = audit.scoreFor(statement.number());
			if (score.isPresent()) {
				counts[score.getAsInt()]++;
				agencies++;
			}
		}
		if (agencies < MINIMUM_AGENCIES_FOR_AVERAGE) {
			return new ScoreDistribution(statement.number(), agencies, List.of());
		}
		List<Integer> agenciesAtScore = new ArrayList<>();
		for (int count : counts) {
			agenciesAtScore.add(count);
		}
		return new ScoreDistribution(statement.number(), agencies, agenciesAtScore);
	}

	private static SectionAverage average(int number, List<SectionResult> results, int maximum) {
		List<SectionResult> contributing = results.stream().filter((result) -> result.scoredStatements() > 0).toList();
		if (contributing.size() < MINIMUM_AGENCIES_FOR_AVERAGE) {
			return new SectionAverage(number, maximum, contributing.size(), OptionalDouble.empty());
		}
		return new SectionAverage(number, maximum, contributing.size(),
				contributing.stream().mapToInt(SectionResult::total).average());
	}

}
