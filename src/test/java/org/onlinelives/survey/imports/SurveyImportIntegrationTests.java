package org.onlinelives.survey.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.engine.AnswerIndex;
import org.onlinelives.survey.engine.SurveyIndexes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports generated files on H2 through the service, as the pages do: a 100,000-row file
 * with 1 % bad rows, and an import that fails part-way through writing.
 */
class SurveyImportIntegrationTests extends WebIntegrationTest {

	private static final String HEADER = "Age,GENDER,GROUPS,S_CYBERBULLIED,TIME_ONLINE,ANYTHING_ELSE,School\n";

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyImports imports;

	@Autowired
	SurveyIndexes indexes;

	@Autowired
	JdbcTemplate jdbc;

	private SignedInUser admin;

	private PublishedSurvey survey;

	@BeforeEach
	void publishASurvey() {
		Partnership partnership = this.data.partnership();
		this.admin = new SignedInUser(
				this.data.user(partnership, this.data.agency(partnership), Role.PARTNERSHIP_ADMIN), false, false);
		Survey draft = this.design.create(this.admin, 2024, "Cybersurvey 2024");
		this.survey = this.design.published(this.design.publish(this.admin, draft.getId()));
		assertThat(this.indexes.index(this.survey.id()).size()).isZero();
	}

	@AfterEach
	void removeTheHook() {
		this.imports.afterEachBatch((written) -> {
		});
	}

	@Test
	void aHundredThousandRowsWithOnePerCentBadImportTheRestAndReportEachReject() throws InterruptedException {
		int rows = 100_000;
		byte[] file = file(rows);
		long started = System.nanoTime();
		ImportReport report = importFile(file, "cybersurvey-2024.csv");
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Survey import: %,d-row CSV (%,d bytes) read, checked and written on H2 in %,d ms%n", rows,
				file.length, millis);

		assertThat(report.failed()).isFalse();
		assertThat(report.read()).isEqualTo(100_000);
		assertThat(report.imported()).isEqualTo(99_000);
		assertThat(report.rejected()).isEqualTo(1_000);
		assertThat(report.problems()).hasSize(1_000).allSatisfy((problem) -> {
			assertThat(problem.row() % 100).isEqualTo(1); // data row 99 is spreadsheet
															// row 101
			assertThat(problem.column()).isEqualTo("Age");
			assertThat(problem.reason()).isEqualTo("survey.import.reason.notAnOption");
			assertThat(problem.value()).isEqualTo("99");
		});
		assertThat(count("select count(*) from survey_response where survey_id = ? and link_id is null"))
			.isEqualTo(99_000);
		assertThat(count("select count(*) from survey_text_answer t join survey_response r on r.id = t.response_id"
				+ " where r.survey_id = ?"))
			.isEqualTo(expectedTexts(rows));

		// an imported response holds what a live one does, with no link
		java.util.Map<String, Object> stored = this.jdbc
			.queryForList("select * from survey_response where survey_id = ?", this.survey.id())
			.get(0);
		assertThat(stored.keySet()).map((column) -> column.toLowerCase(java.util.Locale.ROOT))
			.containsExactlyInAnyOrder("id", "survey_id", "link_id", "answers");
		assertThat(stored).containsEntry("link_id", null);

		AnswerIndex index = this.indexes.index(this.survey.id());
		int yes = index.read((view) -> view.chose("S_CYBERBULLIED", "YES").getCardinality());
		int carers = index.read((view) -> view.chose("GROUPS", "YOUNG_CARER").getCardinality());
		int longest = index.read((view) -> view.chose("TIME_ONLINE", "OVER_5").getCardinality());
		assertThat(index.size()).isEqualTo(99_000);
		assertThat(yes).isEqualTo(expected(rows, (i) -> i % 3 == 0));
		assertThat(carers).isEqualTo(expected(rows, (i) -> i % 10 == 0));
		assertThat(longest).isEqualTo(expected(rows, (i) -> i % 4 == 3));
		assertThat(
				count("select count(*) from access_log where target_type = 'survey' and target_id = cast(? as varchar)"
						+ " and detail like 'imported 99000 of 100000 rows from cybersurvey-2024.csv'"))
			.isEqualTo(1);
	}

	@Test
	void anImportFailingPartWayThroughWritingLeavesNothingBehind() throws InterruptedException {
		int[] written = { 0 };
		this.imports.afterEachBatch((batch) -> {
			written[0] += batch;
			if (written[0] >= 5_000) {
				throw new IllegalStateException("forced failure after " + written[0] + " rows");
			}
		});
		ImportReport report = importFile(file(10_000), "half.csv");

		assertThat(written[0]).as("rows written before the failure").isGreaterThanOrEqualTo(5_000).isLessThan(9_900);
		assertThat(report.failed()).isTrue();
		assertThat(report.imported()).isZero();
		assertThat(count("select count(*) from survey_response where survey_id = ?")).isZero();
		assertThat(count("select count(*) from survey_text_answer t join survey_response r on r.id = t.response_id"
				+ " where r.survey_id = ?"))
			.isZero();
		assertThat(this.indexes.index(this.survey.id()).size()).isZero();
		assertThat(
				count("select count(*) from access_log where target_type = 'survey' and target_id = cast(? as varchar)"
						+ " and detail = 'import failed, nothing written: half.csv'"))
			.isEqualTo(1);
	}

	private ImportReport importFile(byte[] file, String name) throws InterruptedException {
		ImportTable table = ImportFiles.read(name, file.length, new ByteArrayInputStream(file));
		ColumnMapping mapping = ColumnMapping.suggest(table.header(), this.survey);
		assertThat(mapping.questions()).containsExactly("AGE", "GENDER", "GROUPS", "S_CYBERBULLIED", "TIME_ONLINE",
				"ANYTHING_ELSE", null);
		ImportJob job = this.imports.start(this.admin, this.survey,
				this.imports.keep(this.admin, this.survey.id(), table), mapping);
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!job.done() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(job.done()).as("import finished in time").isTrue();
		assertThat(job.checked()).isEqualTo(table.rows().size());
		return job.report();
	}

	/** Row i (from 0) is bad when i % 100 == 99: its age is not an option. */
	private static byte[] file(int rows) {
		StringBuilder csv = new StringBuilder(rows * 60).append(HEADER);
		List<String> genders = List.of("GIRL", "Boy", "ANOTHER_WAY", "prefer_not_to_say");
		List<String> answers = List.of("YES", "No", "I am not sure");
		for (int i = 0; i < rows; i++) {
			csv.append((i % 100 == 99) ? "99" : String.valueOf(10 + i % 7))
				.append(',')
				.append(genders.get(i % 4))
				.append(',')
				.append((i % 10 == 0) ? "YOUNG_CARER; VISION" : "")
				.append(',')
				.append(answers.get(i % 3))
				.append(',')
				.append(1 + i % 4)
				.append(',')
				.append((i % 50 == 0) ? "\"More lessons, please\"" : "")
				.append(",Riverside\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int expected(int rows, java.util.function.IntPredicate chosen) {
		int count = 0;
		for (int i = 0; i < rows; i++) {
			if (i % 100 != 99 && chosen.test(i)) {
				count++;
			}
		}
		return count;
	}

	private static int expectedTexts(int rows) {
		return expected(rows, (i) -> i % 50 == 0);
	}

	private int count(String sql) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, this.survey.id());
		return (count != null) ? count : 0;
	}

}
