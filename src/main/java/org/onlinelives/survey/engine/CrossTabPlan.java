package org.onlinelives.survey.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a cross-tab counts: each scenario question with the options that mean "yes", and
 * the groups question with its groups. Respondents who answered the groups question
 * without "rather not say" are the base each group is compared within. A scenario can
 * also mark a group (seed 000 counts young people who were cyberbullied among the
 * vulnerable): those who met it are compared with everyone else who answered it.
 */
public record CrossTabPlan(List<ScenarioColumn> scenarios, String groupsQuestion, List<String> groups,
		String declineOption, List<ScenarioColumn> scenarioGroups) {

	public CrossTabPlan {
		scenarios = List.copyOf(scenarios);
		groups = List.copyOf(groups);
		scenarioGroups = List.copyOf(scenarioGroups);
	}

	/** A plan with the groups question's groups alone. */
	public CrossTabPlan(List<ScenarioColumn> scenarios, String groupsQuestion, List<String> groups,
			String declineOption) {
		this(scenarios, groupsQuestion, groups, declineOption, List.of());
	}

	/**
	 * Every group counted, in the order of the counts: the groups question's, then the
	 * scenarios that mark a group, named by their question.
	 */
	public List<String> allGroups() {
		List<String> all = new ArrayList<>(this.groups);
		this.scenarioGroups.forEach((scenario) -> all.add(scenario.question()));
		return List.copyOf(all);
	}

	/** A scenario question and its positive options. */
	public record ScenarioColumn(String question, List<String> positive) {

		public ScenarioColumn {
			positive = List.copyOf(positive);
		}

	}

}
