package org.onlinelives.survey.questionnaire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionBankTests {

	private final QuestionBank bank = new QuestionBankLoader().loadDefault();

	@Test
	void coversEveryPartOfTheSurvey() {
		assertThat(this.bank.questions()).extracting(Question::role)
			.contains(QuestionRole.AGE, QuestionRole.GENDER, QuestionRole.YEAR_GROUP, QuestionRole.GROUPS);
		assertThat(this.bank.questions()).extracting(Question::code)
			.contains("DEVICES", "TIME_ONLINE", "PLATFORMS", "WHAT_YOU_DID", "WHO_TOLD", "WHAT_WOULD_HELP",
					"ANYTHING_ELSE");
		assertThat(this.bank.questions()).extracting(Question::type).containsAll(List.of(QuestionType.values()));
	}

	@Test
	void hasTheScenariosOfEveryC() {
		Set<RiskC> cs = this.bank.questions()
			.stream()
			.filter(Question::measuresScenario)
			.map((question) -> question.scenario().c())
			.collect(Collectors.toSet());
		assertThat(cs).containsExactlyInAnyOrder(RiskC.values());
		assertThat(this.bank.questions().stream().filter(Question::measuresScenario)).hasSize(21);
	}

	@Test
	void asksAboutGroupsGentlyWithRatherNotSay() {
		Question groups = this.bank.questions()
			.stream()
			.filter((question) -> question.role() == QuestionRole.GROUPS)
			.findFirst()
			.orElseThrow();
		assertThat(groups.options()).extracting(AnswerOption::code)
			.contains("YOUNG_CARER", "IN_OR_LEAVING_CARE", "LEARNING_DIFFICULTY", "MENTAL_HEALTH",
					AnswerOption.PREFER_NOT_TO_SAY);
		assertThat(groups.hint()).isNotBlank();
	}

	@Test
	void everyWordingReadsAtAboutAgeNineAsTheAdministratorsViewScoresIt() {
		for (Question question : this.bank.questions()) {
			assertThat(Readability.of(question.text()).suitsAgeNine()).as(question.code() + ": " + question.text())
				.isTrue();
			assertThat(Readability.of(question.easyRead()).suitsAgeNine())
				.as(question.code() + " (easy read): " + question.easyRead())
				.isTrue();
		}
	}

	@Test
	void onlyTheCyberbullyingScenarioMarksAVulnerableGroup() {
		// seed 000 counts young people who were cyberbullied among the vulnerable; the
		// other scenarios leave the field out, which reads as no group
		assertThat(this.bank.questions()
			.stream()
			.filter((question) -> question.measuresScenario() && question.scenario().marksGroup())
			.map(Question::code)).containsExactly("S_CYBERBULLIED");
	}

	@Test
	void isFixedByTheHashOfItsFile() {
		assertThat(this.bank.hash()).hasSize(64);
		assertThat(new QuestionBankLoader().loadDefault().hash()).isEqualTo(this.bank.hash());
	}

	@Test
	void refusesABankThatBreaksItsRules() {
		String json = """
				{"version":1,"title":"T","questions":[
				 {"code":"S1","topic":"X","type":"SINGLE","role":"SCENARIO","text":"Q?","options":[{"code":"YES","text":"Yes"}],
				  "scenario":{"c":"CONTENT","positive":["OFTEN"],"summary":"s"},"source":"src"},
				 {"code":"S1","topic":"X","type":"TEXT","role":"OTHER","text":"Q?","options":[{"code":"A","text":"A"}],"source":"src"},
				 {"code":"bad code","topic":"X","type":"TEXT","role":"OTHER","text":"Q?","source":"src"}]}
				""";
		assertThatThrownBy(() -> new QuestionBankLoader().load(json.getBytes(StandardCharsets.UTF_8), "test"))
			.isInstanceOf(InvalidQuestionBankException.class)
			.hasMessageContaining("S1 counts an option it does not offer")
			.hasMessageContaining("S1 appears twice")
			.hasMessageContaining("S1 is free text and must have no options")
			.hasMessageContaining("question code 'bad code'");
	}

}
