package org.onlinelives.assessment.subjectaccess;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.subjectaccess.SubjectAccessRecord.AssessmentVersion;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.accesslog.AccessLogAbout;
import org.onlinelives.platform.accesslog.AccessLogEntry;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access requests (UK GDPR Article 15): gathers everything held about one young
 * person of the agency lead's own agency. It reads whole rows, so a column added later is
 * included without anyone remembering to add it here.
 */
@Service
public class SubjectAccessService {

	static final String YOUNG_PERSON = "young person";

	static final String ASSESSMENT = "assessment";

	private final YoungPeopleService youngPeople;

	private final JdbcClient jdbc;

	private final AccessLogAbout accessLogAbout;

	private final AccessLog accessLog;

	private final Clock clock;

	SubjectAccessService(YoungPeopleService youngPeople, JdbcClient jdbc, AccessLogAbout accessLogAbout,
			AccessLog accessLog, Clock clock) {
		this.youngPeople = youngPeople;
		this.jdbc = jdbc;
		this.accessLogAbout = accessLogAbout;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Only an agency lead answers a subject access request, and only for a record of
	 * their own agency.
	 */
	public static boolean mayAnswer(SignedInUser user) {
		return user.agencyId() != null && user.hasRole(Role.AGENCY_LEAD);
	}

	/**
	 * Gathers the record, without logging; call {@link #recordExport} once it has been
	 * handed over.
	 * @throws RecordNotFoundException if the record is not in the person's agency
	 * @throws AccessDeniedException if it is, but the person is not its agency's lead
	 */
	@Transactional(readOnly = true)
	public SubjectAccessRecord compile(SignedInUser user, long youngPersonId) {
		// Scope first: another agency's id is a 404 whatever the caller's role.
		YoungPerson person = this.youngPeople.find(user, youngPersonId);
		if (!mayAnswer(user)) {
			throw new AccessDeniedException("Only the agency lead answers subject access requests");
		}
		long partnership = person.getPartnershipId();
		long agency = person.getAgencyId();
		Map<String, Object> record = this.jdbc
			.sql("select * from young_person where id = :id and partnership_id = :partnership and agency_id = :agency")
			.param("id", person.getId())
			.param("partnership", partnership)
			.param("agency", agency)
			.query((rs, n) -> row(rs))
			.single();
		List<Map<String, Object>> practitioners = this.jdbc.sql("""
				select u.id as user_id, u.display_name, u.email
				from young_person_practitioner ypp
				join young_person yp on yp.id = ypp.young_person_id
				join app_user u on u.id = ypp.user_id
				where yp.id = :id and yp.partnership_id = :partnership and yp.agency_id = :agency
				order by u.display_name, u.id""")
			.param("id", person.getId())
			.param("partnership", partnership)
			.param("agency", agency)
			.query((rs, n) -> row(rs))
			.list();
		List<Map<String, Object>> assessmentRows = this.jdbc.sql("""
				select * from assessment
				where young_person_id = :id and partnership_id = :partnership and agency_id = :agency
				order by sequence_number""")
			.param("id", person.getId())
			.param("partnership", partnership)
			.param("agency", agency)
			.query((rs, n) -> row(rs))
			.list();
		List<AssessmentVersion> assessments = new ArrayList<>();
		List<Long> assessmentIds = new ArrayList<>();
		for (Map<String, Object> assessment : assessmentRows) {
			long assessmentId = ((Number) assessment.get("id")).longValue();
			assessmentIds.add(assessmentId);
			assessments.add(new AssessmentVersion(assessment,
					childRows("assessment_ten_c", "ten_c", assessmentId, partnership, agency),
					childRows("assessment_flag", "list_index", assessmentId, partnership, agency),
					childRows("assessment_prompt", "list_index", assessmentId, partnership, agency),
					childRows("assessment_note", "list_index", assessmentId, partnership, agency)));
		}
		List<AccessLogEntry> entries = new ArrayList<>(
				this.accessLogAbout.about(partnership, YOUNG_PERSON, List.of(person.getId())));
		entries.addAll(this.accessLogAbout.about(partnership, ASSESSMENT, assessmentIds));
		entries.sort(java.util.Comparator.comparing(AccessLogEntry::occurredAt).thenComparing(AccessLogEntry::id));
		return new SubjectAccessRecord(this.clock.instant(), user.displayName(), person.getCaseReference(), record,
				practitioners, assessments, entries.stream().map(SubjectAccessService::logRow).toList());
	}

	/** Logs that the export was handed to the lead. */
	public void recordExport(SignedInUser user, SubjectAccessRecord record, long youngPersonId) {
		this.accessLog.record(user, AccessEvent.EXPORTED, YOUNG_PERSON, youngPersonId,
				"subject access request: the record, " + record.assessments().size() + " assessment versions and "
						+ record.accessLog().size() + " access-log entries (ZIP of PDF and JSON)");
	}

	private List<Map<String, Object>> childRows(String table, String order, long assessmentId, long partnership,
			long agency) {
		// The table and column names are constants of this class, never input.
		return this.jdbc
			.sql("select c.* from " + table + " c join assessment a on a.id = c.assessment_id"
					+ " where a.id = :assessment and a.partnership_id = :partnership and a.agency_id = :agency"
					+ " order by c." + order)
			.param("assessment", assessmentId)
			.param("partnership", partnership)
			.param("agency", agency)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static Map<String, Object> logRow(AccessLogEntry entry) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", entry.id());
		row.put("occurred_at", entry.occurredAt().toString());
		row.put("agency", entry.agencyName());
		row.put("user_id", entry.userId());
		row.put("username", entry.username());
		row.put("event", entry.event().name());
		row.put("target_type", entry.targetType());
		row.put("target_id", entry.targetId());
		row.put("detail", entry.detail());
		row.put("remote_address", entry.remoteAddress());
		return row;
	}

	static Map<String, Object> row(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			row.put(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), plain(rs.getObject(column)));
		}
		return row;
	}

	/** Values as JSON can hold them: dates and times as ISO 8601 text in UTC. */
	private static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value.toString();
	}

}
