package org.onlinelives.assessment.assessments;

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
		return "seed " + this.sourceSeed + ", " + this.sourceSection;
	}

}
