package org.onlinelives.survey.engine;

import org.roaringbitmap.RoaringBitmap;

/**
 * Counts, for every scenario and group, the 2×2 table behind a relative risk: in the
 * group, how many met the scenario of how many answered it; among everyone else who
 * answered the groups question (or, for a group a scenario marks, that scenario's
 * question), the same. Also each scenario overall.
 */
public final class CrossTab {

	private CrossTab() {
	}

	/**
	 * Counts for one survey.
	 * @param within only these respondents (e.g. one link), or null for all
	 */
	public static Counts count(AnswerIndex index, CrossTabPlan plan, RoaringBitmap within) {
		return index.read((view) -> {
			int scenarios = plan.scenarios().size();
			int groups = plan.groups().size();
			int marked = plan.scenarioGroups().size();
			Counts counts = new Counts(scenarios, groups + marked);
			RoaringBitmap base = RoaringBitmap.andNot(view.answered(plan.groupsQuestion()),
					view.chose(plan.groupsQuestion(), plan.declineOption()));
			if (within != null) {
				base.and(within);
			}
			RoaringBitmap[] members = new RoaringBitmap[groups];
			for (int g = 0; g < groups; g++) {
				members[g] = RoaringBitmap.and(view.chose(plan.groupsQuestion(), plan.groups().get(g)), base);
			}
			RoaringBitmap[] markedMembers = new RoaringBitmap[marked];
			RoaringBitmap[] markedBase = new RoaringBitmap[marked];
			for (int m = 0; m < marked; m++) {
				CrossTabPlan.ScenarioColumn group = plan.scenarioGroups().get(m);
				markedBase[m] = view.answered(group.question()).clone();
				if (within != null) {
					markedBase[m].and(within);
				}
				markedMembers[m] = RoaringBitmap.and(view.choseAny(group.question(), group.positive()), markedBase[m]);
			}
			for (int s = 0; s < scenarios; s++) {
				CrossTabPlan.ScenarioColumn scenario = plan.scenarios().get(s);
				RoaringBitmap yes = view.choseAny(scenario.question(), scenario.positive());
				RoaringBitmap answered = view.answered(scenario.question());
				if (within != null) {
					yes = RoaringBitmap.and(yes, within);
					answered = RoaringBitmap.and(answered, within);
				}
				counts.overallYes[s] = yes.getCardinality();
				counts.overallAnswered[s] = answered.getCardinality();
				int baseYes = RoaringBitmap.andCardinality(yes, base);
				int baseAnswered = RoaringBitmap.andCardinality(answered, base);
				for (int g = 0; g < groups; g++) {
					int inYes = RoaringBitmap.andCardinality(yes, members[g]);
					int inAnswered = RoaringBitmap.andCardinality(answered, members[g]);
					counts.groupYes[s][g] = inYes;
					counts.groupAnswered[s][g] = inAnswered;
					counts.othersYes[s][g] = baseYes - inYes;
					counts.othersAnswered[s][g] = baseAnswered - inAnswered;
				}
				for (int m = 0; m < marked; m++) {
					int inYes = RoaringBitmap.andCardinality(yes, markedMembers[m]);
					int inAnswered = RoaringBitmap.andCardinality(answered, markedMembers[m]);
					counts.groupYes[s][groups + m] = inYes;
					counts.groupAnswered[s][groups + m] = inAnswered;
					counts.othersYes[s][groups + m] = RoaringBitmap.andCardinality(yes, markedBase[m]) - inYes;
					counts.othersAnswered[s][groups + m] = RoaringBitmap.andCardinality(answered, markedBase[m])
							- inAnswered;
				}
			}
			return counts;
		});
	}

	/**
	 * The counts, indexed [scenario][group] in the order of the plan's
	 * {@code allGroups()}.
	 */
	public static final class Counts {

		public final int[] overallYes;

		public final int[] overallAnswered;

		public final int[][] groupYes;

		public final int[][] groupAnswered;

		public final int[][] othersYes;

		public final int[][] othersAnswered;

		Counts(int scenarios, int groups) {
			this.overallYes = new int[scenarios];
			this.overallAnswered = new int[scenarios];
			this.groupYes = new int[scenarios][groups];
			this.groupAnswered = new int[scenarios][groups];
			this.othersYes = new int[scenarios][groups];
			this.othersAnswered = new int[scenarios][groups];
		}

	}

}
