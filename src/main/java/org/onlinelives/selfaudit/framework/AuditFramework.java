package org.onlinelives.selfaudit.framework;

import java.util.List;
import java.util.Optional;

/**
 * The self-audit framework: a versioned set of sections, statements, scale and guidance.
 * Instances are valid by construction when they come from {@link FrameworkLoader}.
 *
 * @param version the framework version, for example {@code 2026-1}
 * @param source where the content comes from
 * @param scale the scoring scale, ordered from 0 to 4
 * @param sections the six sections, in order
 */
public record AuditFramework(String version, FrameworkSource source, List<ScaleLevel> scale,
		List<FrameworkSection> sections) {

	// seed 000: "Each section includes 6 key questions", scored 0 to 4
	public static final int SECTION_COUNT = 6;

	public static final int STATEMENTS_PER_SECTION = 6;

	public static final int LOWEST_SCORE = 0;

	public static final int HIGHEST_SCORE = 4;

	public AuditFramework {
		scale = List.copyOf(scale);
		sections = List.copyOf(sections);
	}

	/**
	 * All statements, in published order (1.1 to 6.6).
	 * @return the statements
	 */
	public List<FrameworkStatement> statements() {
		return this.sections.stream().flatMap((section) -> section.statements().stream()).toList();
	}

	public Optional<FrameworkStatement> statement(String number) {
		// looked up for every agency's every score on the partnership pages: no list
		// built
		for (FrameworkSection section : this.sections) {
			for (FrameworkStatement statement : section.statements()) {
				if (statement.number().equals(number)) {
					return Optional.of(statement);
				}
			}
		}
		return Optional.empty();
	}

	public FrameworkSection section(int number) {
		return this.sections.stream()
			.filter((section) -> section.number() == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No section " + number + " in framework " + this.version));
	}

	/**
	 * The most an audit can score overall.
	 * @return the maximum overall total (144 for six sections of six statements)
	 */
	public int maximumScore() {
		return this.sections.stream().mapToInt(FrameworkSection::maximumScore).sum();
	}

	public static boolean isOnScale(int score) {
		return score >= LOWEST_SCORE && score <= HIGHEST_SCORE;
	}

}
