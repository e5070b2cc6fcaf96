package org.onlinelives.assessment.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.Journey;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case notes and completion dates are shown in UK time even when the server's clock runs
 * in UTC: during British Summer Time a note written at 23:30 UTC was written at 12:30am
 * the next day in the UK, which is what a chronology read in court must say.
 */
class UkTimeIntegrationTests extends WebIntegrationTest {

	private static final Instant SUMMER_NIGHT = Instant.parse("2026-07-01T23:30:00Z");

	@Autowired
	JdbcClient jdbc;

	private TimeZone serverZone;

	@BeforeEach
	void serverRunsInUtc() {
		this.serverZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	void restoreZone() {
		TimeZone.setDefault(this.serverZone);
	}

	@Test
	void caseNotesAndCompletionAreInUkTimeOnAUtcServer() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		Journey journey = new Journey(this.mvc, practitioner);
		long person = journey.recordYoungPerson("TIME-" + TestData.unique(), "14");
		long assessment = journey.start(person);
		String base = Journey.base(person, assessment);
		journey.post(base + "/notes", Map.of("text", List.of("Spoke to her after school")));
		journey.complete(person, assessment);
		this.jdbc.sql("update assessment_note set written_at = :at where assessment_id = :id")
			.param("at", Timestamp.from(SUMMER_NIGHT))
			.param("id", assessment)
			.update();
		this.jdbc.sql("update assessment set completed_at = :at where id = :id")
			.param("at", Timestamp.from(SUMMER_NIGHT))
			.param("id", assessment)
			.update();

		Document notes = journey.page(base + "/notes");
		assertThat(notes.text()).contains("2 July 2026 at 12:30am").doesNotContain("23:30");
		Document summary = journey.page(base);
		assertThat(summary.text()).contains("2 July 2026").doesNotContain("1 July 2026");
		Document person_ = journey.page("/young-people/" + person);
		assertThat(person_.text()).contains("2 July 2026");
	}

}
