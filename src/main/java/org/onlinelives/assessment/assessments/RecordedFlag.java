package org.onlinelives.assessment.assessments;

import org.onlinelives.assessment.catalogue.Source;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A flag the rules raised when the assessment was completed, kept as it was shown.
 *
 * @param code the flag
 * @param reason why it was raised
 * @param sourceSeed the seed the rule comes from
 * @param sourceSection the section of the seed
 */
@Table("assessment_flag")
public record RecordedFlag(String code, String reason, String sourceSeed, String sourceSection) {

	public String source() {
		// Flags recorded before sources were shown by title may name a document by number
		// inside the section; those read as the title too.
		String section = this.sourceSection;
		for (String seed : new String[] { "000", "001", "002", "003", "004" }) {
			section = section.replace("seed " + seed, new Source(seed, "").title());
		}
		return new Source(this.sourceSeed, section).toString();
	}

}
