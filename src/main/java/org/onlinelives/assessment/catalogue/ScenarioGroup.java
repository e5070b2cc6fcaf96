package org.onlinelives.assessment.catalogue;

import java.util.List;

/**
 * The high-risk scenarios of one C.
 *
 * @param c the C
 * @param title the C's name
 * @param description what the C covers
 * @param source where the group comes from
 * @param scenarios the scenarios in the group
 */
public record ScenarioGroup(RiskCategory c, String title, String description, Source source, List<Scenario> scenarios) {

	public ScenarioGroup {
		scenarios = List.copyOf(scenarios);
	}

}
