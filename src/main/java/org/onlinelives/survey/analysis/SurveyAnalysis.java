package org.onlinelives.survey.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyLink;
import org.onlinelives.survey.engine.AnswerIndex;
import org.onlinelives.survey.engine.CrossTab;
import org.onlinelives.survey.engine.CrossTabPlan;
import org.onlinelives.survey.engine.SurveyIndexes;
import org.onlinelives.survey.questionnaire.AnswerOption;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionRole;
import org.roaringbitmap.RoaringBitmap;

import org.springframework.stereotype.Service;

/**
 * Works out the figures of a published survey from its bitmap index, within the caller's
 * partnership.
 */
@Service
public class SurveyAnalysis {

	/** How many gaps the summary names. */
	static final int GAPS_IN_SUMMARY = 5;

	private static final String NONE = "NONE";

	private final SurveyDesign design;

	private final SurveyIndexes indexes;

	SurveyAnalysis(SurveyDesign design, SurveyIndexes indexes) {
		this.design = design;
		this.indexes = indexes;
	}

	/**
	 * The figures of one survey: every scenario overall and by group, and the summary.
	 */
	public record Results(PublishedSurvey survey, int responses, List<String> groups, List<ScenarioResult> scenarios,
			List<Gap> gaps) {
	}

	public Results results(SignedInUser user, Survey survey) {
		PublishedSurvey published = this.design.published(survey);
		AnswerIndex index = this.indexes.index(published.id());
		CrossTabPlan plan = plan(published);
		CrossTab.Counts counts = CrossTab.count(index, plan, null);
		List<ScenarioResult> scenarios = new ArrayList<>();
		List<Question> questions = published.scenarios();
		for (int s = 0; s < questions.size(); s++) {
			scenarios
				.add(new ScenarioResult(questions.get(s), Share.of(counts.overallYes[s], counts.overallAnswered[s]),
						comparisons(plan, counts, s), List.of(), List.of(), List.of(), List.of()));
		}
		return new Results(published, index.size(), plan.allGroups(), scenarios, gaps(scenarios));
	}

	/** One scenario with every breakdown. */
	public ScenarioResult scenario(SignedInUser user, Survey survey, String code) {
		PublishedSurvey published = this.design.published(survey);
		Question question = published.question(code)
			.filter(Question::measuresScenario)
			.orElseThrow(() -> new org.onlinelives.platform.web.RecordNotFoundException("survey scenario", code));
		AnswerIndex index = this.indexes.index(published.id());
		CrossTabPlan plan = plan(published);
		CrossTabPlan single = new CrossTabPlan(
				List.of(new CrossTabPlan.ScenarioColumn(code, question.scenario().positive())), plan.groupsQuestion(),
				plan.groups(), plan.declineOption(), plan.scenarioGroups());
		CrossTab.Counts counts = CrossTab.count(index, single, null);
		Share overall = Share.of(counts.overallYes[0], counts.overallAnswered[0]);
		List<CategoryShare> byYearGroup = protect(byCategory(index, published, question, QuestionRole.YEAR_GROUP),
				overall);
		List<CategoryShare> byGender = protect(byCategory(index, published, question, QuestionRole.GENDER), overall);
		List<CategoryShare> byYear = new ArrayList<>();
		for (PublishedSurvey year : this.design.publishedSurveys(published.partnershipId())) {
			year.question(code)
				.ifPresent((same) -> byYear.add(new CategoryShare(String.valueOf(year.id()),
						String.valueOf(year.year()), share(this.indexes.index(year.id()), same, null))));
		}
		List<CategoryShare> byLink = new ArrayList<>();
		for (SurveyLink link : this.design.links(user, survey)) {
			byLink.add(new CategoryShare(link.getCode(), link.getLabel(),
					index.read((view) -> share(index, question, view.cameThrough(link.getId())))));
		}
		return new ScenarioResult(question, overall, comparisons(single, counts, 0), byYearGroup, byGender, byYear,
				protect(byLink, overall));
	}

	/**
	 * Categories that do not overlap, hidden together where subtraction would show one.
	 */
	private static List<CategoryShare> protect(List<CategoryShare> categories, Share overall) {
		List<Share> shares = SmallCounts.categories(categories.stream().map(CategoryShare::share).toList(), overall);
		List<CategoryShare> result = new ArrayList<>();
		for (int i = 0; i < categories.size(); i++) {
			CategoryShare category = categories.get(i);
			result.add(new CategoryShare(category.category(), category.label(), shares.get(i)));
		}
		return result;
	}

	/**
	 * Every scenario with every breakdown, in the survey's order: what the exports add.
	 */
	public List<ScenarioResult> breakdowns(SignedInUser user, Survey survey) {
		return this.design.published(survey)
			.scenarios()
			.stream()
			.map((question) -> scenario(user, survey, question.code()))
			.toList();
	}

	static CrossTabPlan plan(PublishedSurvey survey) {
		List<CrossTabPlan.ScenarioColumn> scenarios = survey.scenarios()
			.stream()
			.map((question) -> new CrossTabPlan.ScenarioColumn(question.code(), question.scenario().positive()))
			.toList();
		List<CrossTabPlan.ScenarioColumn> marked = survey.scenarios()
			.stream()
			.filter((question) -> question.scenario().marksGroup())
			.map((question) -> new CrossTabPlan.ScenarioColumn(question.code(), question.scenario().positive()))
			.toList();
		Question groups = survey.withRole(QuestionRole.GROUPS).orElse(null);
		if (groups == null) {
			return new CrossTabPlan(scenarios, "", List.of(), AnswerOption.PREFER_NOT_TO_SAY, marked);
		}
		List<String> codes = groups.options()
			.stream()
			.map(AnswerOption::code)
			.filter((code) -> !code.equals(NONE) && !code.equals(AnswerOption.PREFER_NOT_TO_SAY))
			.toList();
		return new CrossTabPlan(scenarios, groups.code(), codes, AnswerOption.PREFER_NOT_TO_SAY, marked);
	}

	private static List<GroupComparison> comparisons(CrossTabPlan plan, CrossTab.Counts counts, int s) {
		List<GroupComparison> result = new ArrayList<>();
		List<String> groups = plan.allGroups();
		for (int g = 0; g < groups.size(); g++) {
			if (groups.get(g).equals(plan.scenarios().get(s).question())) {
				// a scenario compared with the group it marks says nothing
				result.add(new GroupComparison(groups.get(g), Share.of(0, 0), Share.of(0, 0), null));
				continue;
			}
			List<Share> pair = SmallCounts.pair(Share.of(counts.groupYes[s][g], counts.groupAnswered[s][g]),
					Share.of(counts.othersYes[s][g], counts.othersAnswered[s][g]));
			Share in = pair.get(0);
			Share others = pair.get(1);
			RelativeRisk risk = (in.shown() && others.shown())
					? RelativeRisk.of(in.count(), in.base(), others.count(), others.base()) : null;
			result.add(new GroupComparison(groups.get(g), in, others, risk));
		}
		return result;
	}

	private static List<CategoryShare> byCategory(AnswerIndex index, PublishedSurvey survey, Question scenario,
			QuestionRole role) {
		Question category = survey.withRole(role).orElse(null);
		if (category == null) {
			return List.of();
		}
		List<CategoryShare> result = new ArrayList<>();
		for (AnswerOption option : category.options()) {
			if (option.code().equals(AnswerOption.PREFER_NOT_TO_SAY)) {
				continue;
			}
			result.add(new CategoryShare(option.code(), option.text(),
					index.read((view) -> share(index, scenario, view.chose(category.code(), option.code())))));
		}
		return result;
	}

	/** A scenario's share among everyone, or among the given respondents. */
	private static Share share(AnswerIndex index, Question scenario, RoaringBitmap within) {
		return index.read((view) -> {
			RoaringBitmap yes = view.choseAny(scenario.code(), scenario.scenario().positive());
			RoaringBitmap answered = view.answered(scenario.code());
			if (within == null) {
				return Share.of(yes.getCardinality(), answered.getCardinality());
			}
			return Share.of(RoaringBitmap.andCardinality(yes, within), RoaringBitmap.andCardinality(answered, within));
		});
	}

	static List<Gap> gaps(List<ScenarioResult> scenarios) {
		List<Gap> gaps = new ArrayList<>();
		for (ScenarioResult scenario : scenarios) {
			for (GroupComparison comparison : scenario.groups()) {
				if (comparison.significant() && comparison.risk().estimate() > 1) {
					gaps.add(new Gap(comparison.group(), scenario.code(), scenario.question().scenario().summary(),
							comparison.risk().rounded(), comparison.inGroup().roundedPercent(),
							comparison.others().roundedPercent()));
				}
			}
		}
		gaps.sort(Comparator.comparingDouble(Gap::ratio).reversed().thenComparing(Gap::group));
		return List.copyOf(gaps.subList(0, Math.min(GAPS_IN_SUMMARY, gaps.size())));
	}

}
