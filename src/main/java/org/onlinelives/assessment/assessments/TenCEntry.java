package org.onlinelives.assessment.assessments;

import org.springframework.data.relational.core.mapping.Table;

/**
 * What the practitioner found for one of the 10 Cs (seed 003).
 *
 * @param strengths what protects the young person
 * @param vulnerabilities what puts them at risk
 * @param rating the rating on the catalogue's scale, or null if not rated yet
 * @param youngPersonView the young person's own view
 * @param parentView the parent's or carer's view, where given
 */
@Table("assessment_ten_c")
public record TenCEntry(String strengths, String vulnerabilities, Integer rating, String youngPersonView,
		String parentView) {

	/** Each free-text answer is kept short enough to read in a summary. */
	public static final int MAX_TEXT = 2000;

	public boolean isEmpty() {
		return blank(this.strengths) && blank(this.vulnerabilities) && this.rating == null
				&& blank(this.youngPersonView) && blank(this.parentView);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
