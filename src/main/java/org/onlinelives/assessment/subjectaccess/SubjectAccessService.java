package org.onlinelives.assessment.subjectaccess;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.CaseStudiesHeld;
import org.onlinelives.assessment.SubjectAccessRows;
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
import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * Every module that holds case studies drawn from assessments (none, or case data).
	 */
	private final ObjectProvider<CaseStudiesHeld> caseStudies;

	private final Clock clock;

	SubjectAccessService(YoungPeopleService youngPeople, JdbcClient jdbc, AccessLogAbout accessLogAbout,
			AccessLog accessLog, ObjectProvider<CaseStudiesHeld> caseStudies, Clock clock) {
		this.youngPeople = youngPeople;
		this.jdbc = jdbc;
		this.accessLogAbout = accessLogAbout;
		this.accessLog = accessLog;
		this.caseStudies = caseStudies;
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
			.query((rs, n) -> SubjectAccessRows.row(rs))
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
			.query((rs, n) -> SubjectAccessRows.row(rs))
			.list();
		List<Map<String, Object>> assessmentRows = this.jdbc.sql("""
				select * from assessment
				where young_person_id = :id and partnership_id = :partnership and agency_id = :agency
				order by sequence_number""")
			.param("id", person.getId())
			.param("partnership", partnership)
			.param("agency", agency)
			.query((rs, n) -> SubjectAccessRows.row(rs))
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
		entries.sort(Comparator.comparing(AccessLogEntry::occurredAt).thenComparing(AccessLogEntry::id));
		return new SubjectAccessRecord(this.clock.instant(), user.displayName(), person.getCaseReference(), record,
				practitioners, assessments,
				this.caseStudies.orderedStream()
					.flatMap((held) -> held.proposedFrom(partnership, agency, assessmentIds).stream())
					.toList(),
				entries.stream().map(SubjectAccessRows::row).toList());
	}

	/** Logs that the export was handed to the lead. */
	public void recordExport(SignedInUser user, SubjectAccessRecord record, long youngPersonId) {
		this.accessLog.record(user, AccessEvent.EXPORTED, YOUNG_PERSON, youngPersonId,
				"subject access request: the record, " + record.assessments().size() + " assessment versions, "
						+ record.caseStudies().size() + " case studies and " + record.accessLog().size()
						+ " access-log entries (ZIP of PDF and JSON)");
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
			.query((rs, n) -> SubjectAccessRows.row(rs))
			.list();
	}

}
