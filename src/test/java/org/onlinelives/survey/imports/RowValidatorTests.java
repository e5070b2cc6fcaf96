package org.onlinelives.survey.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.onlinelives.survey.design.PublishedSurvey;

import static org.assertj.core.api.Assertions.assertThat;

class RowValidatorTests {

	private static final List<String> HEADER = List.of("Age", "GROUPS", "TIME_ONLINE", "S_CYBERBULLIED",
			"ANYTHING_ELSE", "School");

	private final PublishedSurvey survey = ImportTestSurveys.wholeBank();

	private final RowValidator validator = new RowValidator(this.survey, HEADER,
			ColumnMapping.suggest(HEADER, this.survey));

	@ParameterizedTest(name = "{0} = \"{1}\" is stored as {2}")
	@CsvSource(delimiter = '!', textBlock = """
			Age            ! 13                         ! AGE=13
			Age            ! ' 13 '                     ! AGE=13
			Age            ! prefer_not_to_say          ! AGE=PREFER_NOT_TO_SAY
			GROUPS         ! YOUNG_CARER                ! GROUPS=YOUNG_CARER
			GROUPS         ! young_carer; VISION        ! GROUPS=YOUNG_CARER|VISION
			GROUPS         ! YOUNG_CARER;;YOUNG_CARER;  ! GROUPS=YOUNG_CARER
			TIME_ONLINE    ! 1 to 2 hours               ! TIME_ONLINE=H1_2
			TIME_ONLINE    ! 1                          ! TIME_ONLINE=UNDER_1
			TIME_ONLINE    ! 4                          ! TIME_ONLINE=OVER_5
			S_CYBERBULLIED ! yes                        ! S_CYBERBULLIED=YES
			S_CYBERBULLIED ! i am NOT sure              ! S_CYBERBULLIED=NOT_SURE
			""")
	void goodValuesAreStoredAsTheirOptionCodes(String column, String value, String stored) {
		CheckedRow row = this.validator.check(2, rowWith(column, value));
		assertThat(row.problems()).isEmpty();
		assertThat(org.onlinelives.survey.responses.AnswerCodec.encode(row.choices())).isEqualTo(stored);
	}

	@ParameterizedTest(name = "{0} = \"{1}\" is rejected: {2}")
	@CsvSource(delimiter = '!',
			textBlock = """
					Age            ! 9                          ! survey.import.reason.notAnOption       ! 9
					Age            ! 13;14                      ! survey.import.reason.onlyOne           ! 13;14
					GROUPS         ! YOUNG_CARER;ASTRONAUT      ! survey.import.reason.notAnOption       ! ASTRONAUT
					GROUPS         ! VISION;PREFER_NOT_TO_SAY   ! survey.import.reason.ratherNotSayAlone ! VISION;PREFER_NOT_TO_SAY
					TIME_ONLINE    ! 0                          ! survey.import.reason.outOfScale        ! 0
					TIME_ONLINE    ! 5                          ! survey.import.reason.outOfScale        ! 5
					TIME_ONLINE    ! lots                       ! survey.import.reason.notAnOption       ! lots
					S_CYBERBULLIED ! 2                          ! survey.import.reason.notAnOption       ! 2
					""")
	void badValuesRejectTheRowWithTheirReason(String column, String value, String reason, String named) {
		CheckedRow row = this.validator.check(7, rowWith(column, value));
		assertThat(row.accepted()).isFalse();
		assertThat(row.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(7);
			assertThat(problem.column()).isEqualTo(column);
			assertThat(problem.reason()).isEqualTo(reason);
			assertThat(problem.value()).isEqualTo(named);
		});
	}

	@Test
	void theScaleLimitIsNamedInTheReason() {
		CheckedRow row = this.validator.check(3, rowWith("TIME_ONLINE", "9"));
		assertThat(row.problems().get(0).limit()).isEqualTo(4);
	}

	@Test
	void freeTextIsKeptUpToItsLimitAndRejectedBeyond() {
		assertThat(this.validator.check(2, rowWith("ANYTHING_ELSE", "x".repeat(1000))).texts())
			.containsEntry("ANYTHING_ELSE", "x".repeat(1000));
		CheckedRow tooLong = this.validator.check(2, rowWith("ANYTHING_ELSE", "x".repeat(1001)));
		assertThat(tooLong.problems()).extracting(RowProblem::reason).containsExactly("survey.import.reason.tooLong");
		assertThat(tooLong.problems().get(0).limit()).isEqualTo(1000);
	}

	@Test
	void blankCellsAreSkippedQuestionsAndUnmappedColumnsAreIgnored() {
		CheckedRow row = this.validator.check(2, List.of("13", "", "  ", "NO", "", "Riverside"));
		assertThat(row.accepted()).isTrue();
		assertThat(row.choices()).isEqualTo(Map.of("AGE", List.of("13"), "S_CYBERBULLIED", List.of("NO")));
		assertThat(row.texts()).isEmpty();
	}

	@Test
	void aRowWithNoAnswersIsRejected() {
		CheckedRow row = this.validator.check(5, List.of("", "", "", "", "", "Riverside"));
		assertThat(row.problems()).extracting(RowProblem::reason).containsExactly("survey.import.reason.noAnswers");
	}

	@Test
	void everyBadCellOfARowIsReported() {
		CheckedRow row = this.validator.check(4, List.of("99", "NOPE", "1", "YES", "", ""));
		assertThat(row.problems()).extracting(RowProblem::column).containsExactly("Age", "GROUPS");
	}

	@Test
	void aShortRowIsReadAsBlanks() {
		assertThat(this.validator.check(2, List.of("13")).choices()).containsOnlyKeys("AGE");
	}

	@Test
	void headingsMatchQuestionCodesOrWordingAndEachQuestionOnce() {
		String wording = this.survey.question("GENDER").orElseThrow().text();
		ColumnMapping mapping = ColumnMapping.suggest(List.of(" gender ", wording.toUpperCase(), "Postcode"),
				this.survey);
		assertThat(mapping.questions()).containsExactly("GENDER", null, null);
		assertThat(ColumnMapping.suggest(List.of("Postcode"), this.survey).problem(this.survey))
			.contains(new ColumnMapping.Problem(0, "survey.import.mapping.none"));
		assertThat(new ColumnMapping(Arrays.asList(null, "AGE", "AGE")).problem(this.survey))
			.contains(new ColumnMapping.Problem(2, "survey.import.mapping.twice"));
		assertThat(new ColumnMapping(List.of("NOT_A_QUESTION")).problem(this.survey))
			.contains(new ColumnMapping.Problem(0, "survey.import.mapping.unknown"));
		assertThat(new ColumnMapping(List.of("AGE")).problem(this.survey)).isEmpty();
	}

	private static List<String> rowWith(String column, String value) {
		String[] cells = new String[HEADER.size()];
		Arrays.fill(cells, "");
		cells[HEADER.indexOf(column)] = value;
		return List.of(cells);
	}

}
