package org.onlinelives.selfaudit.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.selfaudit.framework.FrameworkStatement;

/**
 * One agency's scores against a framework, and the results they give.
 *
 * <p>
 * A statement may be left unscored. Unscored statements add nothing to a total, and
 * percentages are always of the full maximum (24 a section, 144 overall) rather than of
 * the statements scored, so a part-finished audit can only understate, never flatter, a
 * service. Every result says how many statements were scored.
 */
public final class AuditScores {

	private final AuditFramework framework;

	private final Map<String, Integer> scores;

	private AuditScores(AuditFramework framework, Map<String, Integer> scores) {
		this.framework = framework;
		this.scores = scores;
	}

	/**
	 * Scores keyed by statement number; a missing or {@code null} score means not scored.
	 * @param framework the framework the audit was scored against
	 * @param scoresByStatement scores keyed by statement number, for example
	 * {@code "2.4" -> 3}
	 * @return the audit's scores
	 * @throws IllegalArgumentException for an unknown statement or a score off the 0 to 4
	 * scale
	 */
	public static AuditScores of(AuditFramework framework, Map<String, Integer> scoresByStatement) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		scoresByStatement.forEach((number, score) -> {
			if (framework.statement(number).isEmpty()) {
				throw new IllegalArgumentException(
						"Statement " + number + " is not in audit framework " + framework.version());
			}
			if (score != null) {
				if (!AuditFramework.isOnScale(score)) {
					throw new IllegalArgumentException(
							"The score for statement " + number + " must be 0 to 4; got " + score);
				}
				scores.put(number, score);
			}
		});
		return new AuditScores(framework, Collections.unmodifiableMap(scores));
	}

	public AuditFramework framework() {
		return this.framework;
	}

	public OptionalInt scoreFor(String statementNumber) {
		Integer score = this.scores.get(statementNumber);
		return (score != null) ? OptionalInt.of(score) : OptionalInt.empty();
	}

	/**
	 * The statements that have a score, in published order.
	 * @return the scored statements
	 */
	public List<StatementScore> scoredStatements() {
		return this.framework.statements()
			.stream()
			.filter((statement) -> this.scores.containsKey(statement.number()))
			.map((statement) -> new StatementScore(statement, this.scores.get(statement.number())))
			.toList();
	}

	public List<SectionResult> sections() {
		return this.framework.sections().stream().map(this::resultFor).toList();
	}

	public SectionResult section(int number) {
		return resultFor(this.framework.section(number));
	}

	public SectionResult overall() {
		return tally(SectionResult.OVERALL, "Overall", this.framework.statements(), this.framework.maximumScore());
	}

	private SectionResult resultFor(FrameworkSection section) {
		return tally(section.number(), section.title(), section.statements(), section.maximumScore());
	}

	private SectionResult tally(int number, String title, List<FrameworkStatement> statements, int maximum) {
		int total = 0;
		int scored = 0;
		for (FrameworkStatement statement : statements) {
			Integer score = this.scores.get(statement.number());
			if (score != null) {
				total += score;
				scored++;
			}
		}
		return new SectionResult(number, title, total, maximum, scored, statements.size());
	}

}
