package org.onlinelives.casedata.figures;

/**
 * How quickly urgent procedure prompts were answered.
 *
 * @param raised urgent prompts raised
 * @param answered of those, answered
 * @param medianHours median hours from the assessment's completion to the answer, or null
 * with none answered
 * @param slowestTenthHours the 90th percentile of those hours, or null
 */
public record PromptTimes(long raised, long answered, Long medianHours, Long slowestTenthHours) {

	public long open() {
		return this.raised - this.answered;
	}

}
