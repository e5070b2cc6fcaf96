package org.onlinelives.assessment.catalogue;

import java.util.List;

/**
 * One area of the 10 Cs risk and resilience map (seed 003).
 *
 * @param code stable code
 * @param title the C's name
 * @param summary what the area covers
 * @param questions the guide's questions, reworded
 * @param exampleStrengths examples of what protects
 * @param exampleVulnerabilities examples of what puts at risk
 * @param source where it comes from
 */
public record TenC(String code, String title, String summary, List<String> questions, List<String> exampleStrengths,
		List<String> exampleVulnerabilities, Source source) {

	public TenC {
		questions = List.copyOf(questions);
		exampleStrengths = List.copyOf(exampleStrengths);
		exampleVulnerabilities = List.copyOf(exampleVulnerabilities);
	}

}
