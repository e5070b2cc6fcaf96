package org.onlinelives.assessment.youngpeople;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onlinelives.retention.DueRecord;
import org.onlinelives.retention.HeldRecord;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetainedRecords;
import org.onlinelives.retention.RetentionPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Young people's records under the retention schedule: kept for a number of years after
 * the last activity (a change to the record or any save of its assessments), or until an
 * age, whichever is later.
 */
@Component
class YoungPeopleRetention implements RetainedRecords {

	private final JdbcClient jdbc;

	YoungPeopleRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RecordType type() {
		return RecordType.YOUNG_PERSON;
	}

	@Override
	public List<DueRecord> dueBy(long partnershipId, RetentionPeriod period, LocalDate by) {
		// Only records whose last activity is old enough can be due; the age rule may
		// keep
		// them longer, which is decided per record below.
		OffsetDateTime activityBefore = by.minusYears(period.years())
			.plusDays(1)
			.atStartOfDay()
			.atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				select yp.id, yp.agency_id, a.name as agency_name, yp.case_reference, yp.date_of_birth, yp.age,
				       yp.updated_at
				from young_person yp join agency a on a.id = yp.agency_id
				where yp.partnership_id = :partnership and yp.updated_at < :before
				order by yp.updated_at, yp.id""")
			.param("partnership", partnershipId)
			.param("before", activityBefore)
			.query((rs, n) -> {
				LocalDate lastActivity = rs.getObject("updated_at", OffsetDateTime.class)
					.withOffsetSameInstant(ZoneOffset.UTC)
					.toLocalDate();
				LocalDate dueOn = dueOn(period, lastActivity, rs.getObject("date_of_birth", LocalDate.class),
						(Integer) rs.getObject("age"));
				return new DueRecord(RecordType.YOUNG_PERSON, rs.getLong("id"), rs.getLong("agency_id"),
						rs.getString("agency_name"), rs.getString("case_reference"), lastActivity, dueOn);
			})
			.list()
			.stream()
			.filter((record) -> !record.dueOn().isAfter(by))
			.toList();
	}

	/**
	 * The later of the years after the last activity and the birthday of the retention
	 * age. Without a date of birth the age was recorded no later than the last activity,
	 * so the latest that birthday can fall is the last activity plus the years still to
	 * go.
	 */
	static LocalDate dueOn(RetentionPeriod period, LocalDate lastActivity, LocalDate dateOfBirth, Integer age) {
		LocalDate afterActivity = period.dueAfterActivity(lastActivity);
		if (period.untilAge() == null) {
			return afterActivity;
		}
		LocalDate birthday;
		if (dateOfBirth != null) {
			birthday = dateOfBirth.plusYears(period.untilAge());
		}
		else if (age != null) {
			birthday = lastActivity.plusYears(Math.max(0, period.untilAge() - age));
		}
		else {
			return afterActivity;
		}
		return birthday.isAfter(afterActivity) ? birthday : afterActivity;
	}

	@Override
	public Optional<HeldRecord> find(long partnershipId, Long agencyId, long id) {
		return this.jdbc.sql("""
				select yp.id, yp.agency_id, a.name as agency_name, yp.case_reference
				from young_person yp join agency a on a.id = yp.agency_id
				where yp.id = :id and yp.partnership_id = :partnership
				  and (cast(:agency as bigint) is null or yp.agency_id = :agency)""")
			.param("id", id)
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.query((rs, n) -> new HeldRecord(RecordType.YOUNG_PERSON, rs.getLong("id"), rs.getLong("agency_id"),
					rs.getString("agency_name"), rs.getString("case_reference")))
			.optional();
	}

	@Override
	public void delete(long partnershipId, long id) {
		String ofThisPerson = " where assessment_id in (select id from assessment where young_person_id = :id"
				+ " and partnership_id = :partnership)";
		for (String child : List.of("assessment_ten_c", "assessment_flag", "assessment_prompt", "assessment_note")) {
			this.jdbc.sql("delete from " + child + ofThisPerson)
				.param("id", id)
				.param("partnership", partnershipId)
				.update();
		}
		this.jdbc.sql("delete from assessment where young_person_id = :id and partnership_id = :partnership")
			.param("id", id)
			.param("partnership", partnershipId)
			.update();
		this.jdbc.sql("""
				delete from young_person_practitioner where young_person_id in
				  (select id from young_person where id = :id and partnership_id = :partnership)""")
			.param("id", id)
			.param("partnership", partnershipId)
			.update();
		this.jdbc.sql("delete from young_person where id = :id and partnership_id = :partnership")
			.param("id", id)
			.param("partnership", partnershipId)
			.update();
	}

}
