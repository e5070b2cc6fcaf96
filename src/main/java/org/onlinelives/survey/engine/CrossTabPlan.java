package org.onlinelives.survey.engine;

import java.util.List;

/**
 * What a cross-tab counts: each scenario question with the options that mean "yes", and
 * the groups question with its groups. Respondents who answered the groups question
 * without "rather not say" are the base each group is compared within.
 */
public record CrossTabPlan(List<ScenarioColumn> scenarios, String groupsQuestion, List<String> groups,
		String declineOption) {

	public CrossTabPlan {
		scenarios = List.copyOf(scenarios);
		groups = List.copyOf(groups);
	}

	/** A scenario question and its positive options. */
	public record ScenarioColumn(String question, List<String> positive) {

		public ScenarioColumn {
			positive = List.copyOf(positive);
		}

	}

}
