package org.onlinelives.selfaudit.framework;

import java.util.List;

/**
 * One of the six sections of the audit.
 *
 * @param number the section number, 1 to 6
 * @param title the section title
 * @param statements the section's six statements, in published order
 * @param guidance the guidance for the section
 */
public record FrameworkSection(int number, String title, List<FrameworkStatement> statements, Guidance guidance) {

	public FrameworkSection {
		statements = List.copyOf(statements);
	}

	/**
	 * The most a section can score: every statement at the top of the scale.
	 * @return the maximum section total
	 */
	public int maximumScore() {
		return this.statements.size() * AuditFramework.HIGHEST_SCORE;
	}

}
