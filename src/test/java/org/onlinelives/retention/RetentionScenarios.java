package org.onlinelives.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Retention end to end on the whole application: the daily deletion (called directly, as
 * the scheduler would), legal holds, the 30-day list, the schedule form and the access
 * log's narrowly permitted delete. Run on H2 and on PostgreSQL, whose delete triggers
 * differ.
 */
public abstract class RetentionScenarios extends WebIntegrationTest {

	@Autowired
	RetentionService retention;

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	JdbcClient jdbc;

	Partnership partnership;

	Agency agency;

	Agency otherAgency;

	SignedInUser admin;

	SignedInUser lead;

	SignedInUser otherLead;

	SignedInUser practitioner;

	LocalDate today = LocalDate.now(ZoneOffset.UTC);

	final java.util.Map<Long, User> users = new java.util.HashMap<>();

	@BeforeEach
	void world() {
		this.partnership = this.data.partnership();
		this.agency = this.data.agency(this.partnership);
		this.otherAgency = this.data.agency(this.partnership);
		this.admin = signedIn(this.data.user(this.partnership, null, Role.PARTNERSHIP_ADMIN));
		this.lead = signedIn(this.data.user(this.partnership, this.agency, Role.AGENCY_LEAD));
		this.otherLead = signedIn(this.data.user(this.partnership, this.otherAgency, Role.AGENCY_LEAD));
		this.practitioner = signedIn(this.data.user(this.partnership, this.agency, Role.PRACTITIONER));
	}

	@Test
	void dueYoungPeopleAreDeletedWithTheirAssessmentsAndLogged() {
		long due = youngPerson(24, null, this.today.minusYears(6).minusDays(1));
		Assessment assessment = this.assessments.start(this.practitioner, due);
		this.assessments.addNote(this.practitioner, due, assessment.getId(), "A note");
		lastActivity(due, this.today.minusYears(6).minusDays(1));
		// the same last activity, but the 25th birthday is still to come
		long young = youngPerson(null, this.today.minusYears(20), this.today.minusYears(7));
		// active recently
		long recent = youngPerson(24, null, this.today.minusYears(5));

		RetentionRun run = this.retention.deleteDue();

		assertThat(exists("young_person", due)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from assessment where young_person_id = :id")
			.param("id", due)
			.query(Long.class)
			.single()).isZero();
		assertThat(exists("young_person", young)).isTrue();
		assertThat(exists("young_person", recent)).isTrue();
		assertThat(run.recordsDeleted().get(RecordType.YOUNG_PERSON)).isGreaterThanOrEqualTo(1);
		assertThat(deletionsLogged("young person " + due + ":")).isEqualTo(1);
	}

	@Test
	void aRecordOnHoldIsKeptUntilTheHoldIsLifted() throws Exception {
		long held = youngPerson(24, null, this.today.minusYears(7));
		MockHttpServletResponse placed = this.mvc
			.perform(post("/retention/holds").with(SignedIn.as(user(this.lead)))
				.with(csrf())
				.param("type", "YOUNG_PERSON")
				.param("recordId", String.valueOf(held))
				.param("reason", "Needed for care proceedings"))
			.andReturn()
			.getResponse();
		assertThat(placed.getRedirectedUrl()).isEqualTo("/retention");
		LegalHold hold = this.retention.activeHold(this.lead, RecordType.YOUNG_PERSON, held).orElseThrow();
		assertThat(hold.getReason()).isEqualTo("Needed for care proceedings");

		this.retention.deleteDue();
		assertThat(exists("young_person", held)).isTrue();

		// another agency's lead can neither see nor lift it
		assertThat(this.mvc
			.perform(post("/retention/holds/" + hold.getId() + "/lift").with(SignedIn.as(user(this.otherLead)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		this.retention.deleteDue();
		assertThat(exists("young_person", held)).isTrue();

		this.mvc.perform(
				post("/retention/holds/" + hold.getId() + "/lift").with(SignedIn.as(user(this.lead))).with(csrf()));
		this.retention.deleteDue();
		assertThat(exists("young_person", held)).isFalse();
		assertThat(this.jdbc.sql("""
				select event from access_log where target_type = 'young person' and target_id = :id
				  and event in ('LEGAL_HOLD_PLACED', 'LEGAL_HOLD_LIFTED') order by id""")
			.param("id", String.valueOf(held))
			.query(String.class)
			.list()).containsExactly("LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED");
	}

	@Test
	void anotherAgencysLeadCannotHoldTheRecord() throws Exception {
		long record = youngPerson(15, null, this.today);
		MockHttpServletResponse response = this.mvc
			.perform(post("/retention/holds").with(SignedIn.as(user(this.otherLead)))
				.with(csrf())
				.param("type", "YOUNG_PERSON")
				.param("recordId", String.valueOf(record))
				.param("reason", "Trying"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("There is no record of that type and number")
			.contains("Trying");
		assertThat(this.retention.activeHold(this.admin, RecordType.YOUNG_PERSON, record)).isEmpty();
	}

	@Test
	void thePageListsWhatFallsDueInTheNext30DaysToThoseWhoMaySeeIt() throws Exception {
		long soon = youngPerson(24, null, this.today.minusYears(6).plusDays(10));
		long later = youngPerson(24, null, this.today.minusYears(6).plusDays(40));
		String reference = this.jdbc.sql("select case_reference from young_person where id = :id")
			.param("id", soon)
			.query(String.class)
			.single();

		assertThat(this.retention.upcoming(this.lead)).extracting(DueRecord::id).contains(soon).doesNotContain(later);
		assertThat(this.retention.upcoming(this.lead)
			.stream()
			.filter((r) -> r.id() == soon)
			.findFirst()
			.orElseThrow()
			.dueOn()).isEqualTo(this.today.plusDays(10));
		assertThat(this.retention.upcoming(this.otherLead)).extracting(DueRecord::id).doesNotContain(soon);
		assertThat(this.retention.upcoming(this.admin)).extracting(DueRecord::id).contains(soon);

		String leadPage = this.mvc.perform(get("/retention").with(SignedIn.as(user(this.lead))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(leadPage).contains(reference);
		String adminPage = this.mvc.perform(get("/retention").with(SignedIn.as(user(this.admin))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// administrators see that a record falls due, not its case reference
		assertThat(adminPage).contains("number " + soon).doesNotContain(reference);
	}

	@Test
	void auditsFallDueSixYearsAfterTheirLastActivityUnlessHeld() {
		Audit audit = this.selfAudits.start(this.lead, this.selfAudits
			.openCycle(this.admin,
					new SelfAudits.CycleDetails("Cycle " + TestData.unique(), LocalDate.of(2019, 4, 1),
							LocalDate.of(2020, 3, 31), LocalDate.of(2019, 12, 31), List.of(this.agency.getId())))
			.getId());
		OffsetDateTime old = this.today.minusYears(7).atStartOfDay().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("update audit set started_at = :at where id = :id")
			.param("at", old)
			.param("id", audit.getId())
			.update();
		this.jdbc.sql("update audit_statement set updated_at = :at where audit_id = :id and updated_at is not null")
			.param("at", old)
			.param("id", audit.getId())
			.update();
		this.retention.placeHold(this.admin, RecordType.AUDIT, audit.getId(), "Serious case review");
		this.retention.deleteDue();
		assertThat(exists("audit", audit.getId())).isTrue();

		this.retention.liftHold(this.admin,
				this.retention.activeHold(this.admin, RecordType.AUDIT, audit.getId()).orElseThrow().getId());
		this.retention.deleteDue();
		assertThat(exists("audit", audit.getId())).isFalse();
		assertThat(deletionsLogged("audit " + audit.getId() + ":")).isEqualTo(1);
	}

	@Test
	void theAccessLogLosesOnlyEntriesOlderThanItsPeriodAndTheDatabaseRefusesAnyOther() {
		long old = logEntry(this.today.minusYears(7).minusDays(2));
		long kept = logEntry(this.today.minusYears(6));

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from access_log where id = :id").param("id", kept).update());

		this.retention.deleteDue();
		assertThat(exists("access_log", old)).isFalse();
		assertThat(exists("access_log", kept)).isTrue();
		assertThat(this.jdbc.sql("""
				select count(*) from access_log where partnership_id = :p and event = 'RECORD_DELETED'
				  and detail like 'access log: % entries written before %'""")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single()).isEqualTo(1);

		// a shorter period set by the administrator lets the database delete more, and no
		// more
		this.retention.changeSchedule(this.admin, List.of(new RetentionPeriod(RecordType.ACCESS_LOG, 5, null)));
		this.retention.deleteDue();
		assertThat(exists("access_log", kept)).isFalse();
		long recent = logEntry(this.today.minusYears(4));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from access_log where id = :id").param("id", recent).update());
	}

	@Test
	void theScheduleFormRefusesBadInputAndKeepsWhatWasTyped() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/retention/schedule").with(SignedIn.as(user(this.admin)))
				.with(csrf())
				.param("youngPersonYears", "six")
				.param("youngPersonUntilAge", "12")
				.param("auditYears", "6")
				.param("accessLogYears", "0"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Error: Retention and legal hold")
			.contains("Enter a whole number of years from 1 to 100")
			.contains("Enter an age from 18 to 100")
			.contains("value=\"six\"");
		assertThat(this.retention.schedule(this.admin).get(RecordType.ACCESS_LOG).years()).isEqualTo(7);

		this.mvc.perform(post("/retention/schedule").with(SignedIn.as(user(this.admin)))
			.with(csrf())
			.param("youngPersonYears", "8")
			.param("youngPersonUntilAge", "25")
			.param("auditYears", "6")
			.param("accessLogYears", "7"));
		assertThat(this.retention.schedule(this.admin).get(RecordType.YOUNG_PERSON).years()).isEqualTo(8);
		assertThat(
				this.jdbc.sql("select detail from access_log where partnership_id = :p and event = 'RETENTION_CHANGED'")
					.param("p", this.partnership.getId())
					.query(String.class)
					.list())
			.containsExactly("young person: 8 years after last activity or until age 25, whichever is later");
	}

	private long youngPerson(Integer age, LocalDate dateOfBirth, LocalDate lastActivity) {
		long id = this.youngPeople
			.create(this.practitioner,
					new YoungPersonDetails("RET-" + TestData.unique(), dateOfBirth, (dateOfBirth == null) ? age : null,
							Gender.NOT_KNOWN, false, List.of(), ReferralSource.SCHOOL, Set.of(this.practitioner.id())))
			.getId();
		lastActivity(id, lastActivity);
		return id;
	}

	private void lastActivity(long id, LocalDate day) {
		this.jdbc.sql("update young_person set updated_at = :at where id = :id")
			.param("at", day.atTime(12, 0).atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private long logEntry(LocalDate day) {
		this.jdbc.sql("""
				insert into access_log (occurred_at, partnership_id, event, detail)
				values (:at, :p, 'RECORD_VIEWED', 'retention test')""")
			.param("at", day.atTime(12, 0).atOffset(ZoneOffset.UTC))
			.param("p", this.partnership.getId())
			.update();
		return this.jdbc.sql("select max(id) from access_log where partnership_id = :p and detail = 'retention test'")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single();
	}

	private boolean exists(String table, long id) {
		return this.jdbc.sql("select count(*) from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private long deletionsLogged(String detailStart) {
		return this.jdbc
			.sql("select count(*) from access_log where partnership_id = :p and event = 'RECORD_DELETED' "
					+ "and detail like :d")
			.param("p", this.partnership.getId())
			.param("d", detailStart + "%")
			.query(Long.class)
			.single();
	}

	private SignedInUser signedIn(User user) {
		this.users.put(user.getId(), user);
		return new SignedInUser(user, false, false);
	}

	private User user(SignedInUser signedIn) {
		return this.users.get(signedIn.id());
	}

}
