package org.onlinelives.survey.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bitmap cross-tab gives exactly the counts of a plain loop over the same responses,
 * including skipped questions and "rather not say".
 */
class CrossTabTests {

	private static final List<String> GROUPS = List.of("G0", "G1", "G2");

	private static final CrossTabPlan PLAN = new CrossTabPlan(
			List.of(new CrossTabPlan.ScenarioColumn("S0", List.of("OFTEN")),
					new CrossTabPlan.ScenarioColumn("S1", List.of("YES", "SOMETIMES"))),
			"GROUPS", GROUPS, "PNS");

	@Test
	void matchesAPlainCountOfEveryResponse() {
		Random random = new Random(7);
		List<Map<String, List<String>>> responses = new ArrayList<>();
		AnswerIndex index = new AnswerIndex();
		for (int i = 0; i < 5000; i++) {
			Map<String, List<String>> answers = new LinkedHashMap<>();
			int groupChoice = random.nextInt(6);
			if (groupChoice == 4) {
				answers.put("GROUPS", List.of("PNS"));
			}
			else if (groupChoice < 4) {
				List<String> groups = new ArrayList<>();
				for (String group : GROUPS) {
					if (random.nextInt(4) == 0) {
						groups.add(group);
					}
				}
				answers.put("GROUPS", groups.isEmpty() ? List.of("NONE") : groups);
			}
			if (random.nextInt(10) > 0) {
				answers.put("S0", List.of(List.of("NEVER", "SOMETIMES", "OFTEN").get(random.nextInt(3))));
			}
			if (random.nextInt(10) > 1) {
				answers.put("S1", List.of(List.of("YES", "NO", "SOMETIMES").get(random.nextInt(3))));
			}
			responses.add(answers);
			index.add((long) (i % 3), answers);
		}
		CrossTab.Counts counts = CrossTab.count(index, PLAN, null);
		for (int s = 0; s < 2; s++) {
			CrossTabPlan.ScenarioColumn scenario = PLAN.scenarios().get(s);
			int overallYes = 0;
			int overallAnswered = 0;
			int[] groupYes = new int[3];
			int[] groupAnswered = new int[3];
			int[] othersYes = new int[3];
			int[] othersAnswered = new int[3];
			for (Map<String, List<String>> answers : responses) {
				List<String> given = answers.get(scenario.question());
				if (given == null) {
					continue;
				}
				boolean yes = scenario.positive().contains(given.get(0));
				overallAnswered++;
				overallYes += yes ? 1 : 0;
				List<String> groups = answers.get("GROUPS");
				if (groups == null || groups.contains("PNS")) {
					continue;
				}
				for (int g = 0; g < 3; g++) {
					if (groups.contains(GROUPS.get(g))) {
						groupAnswered[g]++;
						groupYes[g] += yes ? 1 : 0;
					}
					else {
						othersAnswered[g]++;
						othersYes[g] += yes ? 1 : 0;
					}
				}
			}
			assertThat(counts.overallYes[s]).isEqualTo(overallYes);
			assertThat(counts.overallAnswered[s]).isEqualTo(overallAnswered);
			assertThat(counts.groupYes[s]).containsExactly(groupYes);
			assertThat(counts.groupAnswered[s]).containsExactly(groupAnswered);
			assertThat(counts.othersYes[s]).containsExactly(othersYes);
			assertThat(counts.othersAnswered[s]).containsExactly(othersAnswered);
		}
		assertThat(index.size()).isEqualTo(5000);
	}

	@Test
	void countsWithinOneLink() {
		AnswerIndex index = new AnswerIndex();
		index.add(1L, Map.of("GROUPS", List.of("G0"), "S0", List.of("OFTEN")));
		index.add(2L, Map.of("GROUPS", List.of("G0"), "S0", List.of("OFTEN")));
		index.add(2L, Map.of("GROUPS", List.of("G1"), "S0", List.of("NEVER")));
		RoaringBitmap link2 = index.read((view) -> view.cameThrough(2L).clone());
		CrossTab.Counts counts = CrossTab.count(index, PLAN, link2);
		assertThat(counts.overallYes[0]).isEqualTo(1);
		assertThat(counts.overallAnswered[0]).isEqualTo(2);
		assertThat(counts.groupYes[0][0]).isEqualTo(1);
		assertThat(counts.othersAnswered[0][0]).isEqualTo(1);
	}

	@Test
	void aScenarioThatMarksAGroupComparesThoseWhoMetItWithEveryoneElseWhoAnsweredIt() {
		CrossTabPlan.ScenarioColumn bullied = new CrossTabPlan.ScenarioColumn("S1", List.of("YES"));
		CrossTabPlan plan = new CrossTabPlan(PLAN.scenarios(), "GROUPS", GROUPS, "PNS", List.of(bullied));
		assertThat(plan.allGroups()).containsExactly("G0", "G1", "G2", "S1");
		Random random = new Random(11);
		List<Map<String, List<String>>> responses = new ArrayList<>();
		AnswerIndex index = new AnswerIndex();
		for (int i = 0; i < 3000; i++) {
			Map<String, List<String>> answers = new LinkedHashMap<>();
			if (random.nextInt(5) > 0) {
				answers.put("GROUPS", List.of(GROUPS.get(random.nextInt(3))));
			}
			if (random.nextInt(10) > 0) {
				answers.put("S0", List.of(List.of("NEVER", "SOMETIMES", "OFTEN").get(random.nextInt(3))));
			}
			if (random.nextInt(10) > 1) {
				answers.put("S1", List.of(List.of("YES", "NO", "SOMETIMES").get(random.nextInt(3))));
			}
			responses.add(answers);
			index.add((long) (i % 2), answers);
		}
		RoaringBitmap link1 = index.read((view) -> view.cameThrough(1L).clone());
		for (RoaringBitmap within : java.util.Arrays.asList(null, link1)) {
			CrossTab.Counts counts = CrossTab.count(index, plan, within);
			int[] plain = new int[4];
			for (int i = 0; i < responses.size(); i++) {
				Map<String, List<String>> answers = responses.get(i);
				if ((within != null && i % 2 != 1) || !answers.containsKey("S0") || !answers.containsKey("S1")) {
					continue;
				}
				boolean often = answers.get("S0").get(0).equals("OFTEN");
				boolean wasBullied = answers.get("S1").get(0).equals("YES");
				plain[wasBullied ? 0 : 2] += often ? 1 : 0;
				plain[wasBullied ? 1 : 3]++;
			}
			// S0 within the group S1 marks: in it, and everyone else who answered S1
			assertThat(new int[] { counts.groupYes[0][3], counts.groupAnswered[0][3], counts.othersYes[0][3],
					counts.othersAnswered[0][3] })
				.containsExactly(plain);
			assertThat(plain[1]).isPositive();
			assertThat(plain[3]).isPositive();
		}
	}

}
