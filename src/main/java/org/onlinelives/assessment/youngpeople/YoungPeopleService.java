package org.onlinelives.assessment.youngpeople;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.onlinelives.assessment.CaseDetailsChanged;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.OutcomeRecorded;
import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to young people's records. Scopes every read to the signed-in person's
 * partnership and agency, and writes every view and change to the access log.
 */
@Service
public class YoungPeopleService {

	static final String RECORD_TYPE = "young person";

	private final YoungPeople youngPeople;

	private final PeopleDirectory users;

	private final JdbcClient jdbc;

	private final AccessLog accessLog;

	private final Clock clock;

	private final CaseSnapshots snapshots;

	private final ApplicationEventPublisher events;

	private final PlatformList platformList;

	YoungPeopleService(YoungPeople youngPeople, PeopleDirectory users, JdbcClient jdbc, AccessLog accessLog,
			Clock clock, CaseSnapshots snapshots, ApplicationEventPublisher events, PlatformList platformList) {
		this.platformList = platformList;
		this.youngPeople = youngPeople;
		this.users = users;
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.clock = clock;
		this.snapshots = snapshots;
		this.events = events;
	}

	/**
	 * Whether the person may work with young people's records at all: practitioners and
	 * agency leads who belong to an agency.
	 */
	public static boolean mayWorkWithRecords(SignedInUser user) {
		return user.agencyId() != null && (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.AGENCY_LEAD));
	}

	/**
	 * Finds a record in the person's agency without logging; for use inside a request
	 * that logs what it shows.
	 * @throws RecordNotFoundException if there is none in scope
	 */
	@Transactional(readOnly = true)
	public YoungPerson find(SignedInUser user, long id) {
		if (!mayWorkWithRecords(user)) {
			throw new RecordNotFoundException(RECORD_TYPE, id);
		}
		return this.youngPeople.findByIdAndPartnershipIdAndAgencyId(id, user.partnershipId(), user.agencyId())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	/** Finds a record to show, and logs the view. */
	@Transactional(readOnly = true)
	public YoungPerson view(SignedInUser user, long id, String what) {
		YoungPerson person = find(user, id);
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, RECORD_TYPE, id, what);
		return person;
	}

	@Transactional
	public YoungPerson create(SignedInUser user, YoungPersonDetails typed) {
		requireAgency(user);
		YoungPersonDetails details = onTheList(user, typed);
		check(user, details, null);
		YoungPerson person = saveUnlessReferenceTaken(
				YoungPerson.record(user.partnershipId(), user.agencyId(), details, this.clock), details);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, person.getId(), "recorded");
		return person;
	}

	/**
	 * Changes a record.
	 * @throws OptimisticLockingFailureException if someone changed it since
	 * {@code expectedVersion}
	 */
	@Transactional
	public YoungPerson change(SignedInUser user, long id, YoungPersonDetails typed, Long expectedVersion) {
		YoungPerson person = find(user, id);
		YoungPersonDetails details = onTheList(user, typed);
		if (expectedVersion == null || !expectedVersion.equals(person.getVersion())) {
			throw new OptimisticLockingFailureException("young person " + id + " was changed by someone else");
		}
		check(user, details, id);
		person.change(details, this.clock);
		person = saveUnlessReferenceTaken(person, details);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "details changed");
		this.snapshots.of(person).map(CaseDetailsChanged::new).ifPresent(this.events::publishEvent);
		return person;
	}

	/**
	 * Records the case's outcome and whether it had an online component, and publishes
	 * {@link OutcomeRecorded} in the same transaction.
	 * @throws InvalidAnswerException naming the field and message key of a broken rule
	 * @throws OptimisticLockingFailureException if someone changed the record since
	 * {@code expectedVersion}
	 */
	@Transactional
	public YoungPerson recordOutcome(SignedInUser user, long id, CaseOutcome outcome, LocalDate date,
			boolean onlineComponent, Long expectedVersion) {
		YoungPerson person = find(user, id);
		if (expectedVersion == null || !expectedVersion.equals(person.getVersion())) {
			throw new OptimisticLockingFailureException("young person " + id + " was changed by someone else");
		}
		person.recordOutcome(outcome, date, onlineComponent, this.clock);
		person = this.youngPeople.save(person);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, id, "outcome recorded: " + outcome);
		this.snapshots.of(person).map(OutcomeRecorded::new).ifPresent(this.events::publishEvent);
		return person;
	}

	/**
	 * The details with typed platforms matched to the partnership's list (case and spaces
	 * aside, or through a merged spelling); the rest stay as typed, as "other" platforms.
	 */
	private YoungPersonDetails onTheList(SignedInUser user, YoungPersonDetails details) {
		return details.withPlatforms(this.platformList.resolve(user.partnershipId(), details.platforms()));
	}

	/** Marks the record as worked on (an assessment was saved). */
	@Transactional
	public void touch(SignedInUser user, long id) {
		YoungPerson person = find(user, id);
		person.touch(this.clock);
		this.youngPeople.save(person);
		refreshOpenPromptCounts(user, id);
	}

	// The caseload sorts on these counts (V70); every assessment save comes through
	// touch,
	// so recounting this one record here keeps them right without counting on each page.
	private void refreshOpenPromptCounts(SignedInUser user, long id) {
		this.jdbc.sql("""
				update young_person set
				    open_urgent_prompts = (select count(*) from assessment_prompt p
				                           join assessment a on a.id = p.assessment_id
				                           where a.young_person_id = young_person.id
				                             and a.agency_id = young_person.agency_id
				                             and p.answer is null and p.urgency = 'URGENT'),
				    open_prompts = (select count(*) from assessment_prompt p
				                    join assessment a on a.id = p.assessment_id
				                    where a.young_person_id = young_person.id
				                      and a.agency_id = young_person.agency_id and p.answer is null)
				where id = :id and partnership_id = :partnership and agency_id = :agency""")
			.param("id", id)
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.update();
	}

	/**
	 * Saves the record; a save that loses a race with another request recording the same
	 * case reference (both passed the check, the unique index refuses the second) gets
	 * the same answer as the check would have given.
	 */
	private YoungPerson saveUnlessReferenceTaken(YoungPerson person, YoungPersonDetails details) {
		try {
			return this.youngPeople.save(person);
		}
		catch (DuplicateKeyException ex) {
			throw referenceTaken(details);
		}
	}

	private static InvalidAnswerException referenceTaken(YoungPersonDetails details) {
		return new InvalidAnswerException("caseReference", "youngPerson.caseReference.taken",
				"Case reference " + details.caseReference().trim() + " is already recorded in your agency");
	}

	private void check(SignedInUser user, YoungPersonDetails details, Long exceptId) {
		YoungPerson.check(details, this.clock);
		if (caseReferenceTaken(user, details.caseReference(), exceptId)) {
			throw referenceTaken(details);
		}
		Set<Long> allowed = practitionersOf(user).stream()
			.map(PeopleDirectory.PersonName::id)
			.collect(java.util.stream.Collectors.toSet());
		for (Long practitionerId : details.practitionerIds()) {
			if (!allowed.contains(practitionerId)) {
				throw new InvalidAnswerException("practitionerIds",
						"Practitioner " + practitionerId + " is not a practitioner in your agency");
			}
		}
	}

	public boolean caseReferenceTaken(SignedInUser user, String caseReference, Long exceptId) {
		if (caseReference == null || caseReference.isBlank()) {
			return false;
		}
		return this.jdbc.sql("""
				select count(*) from young_person
				where partnership_id = :partnership and agency_id = :agency
				  and lower(case_reference) = lower(:reference) and id <> :except""")
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.param("reference", caseReference.trim())
			.param("except", (exceptId != null) ? exceptId : -1L)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The names of the active people assigned to a young person the user has just been
	 * shown, for the record page: names only, read in one query.
	 */
	@Transactional(readOnly = true)
	public List<String> assignedPractitionerNames(SignedInUser user, YoungPerson person) {
		requireAgency(user);
		return this.users.namesOf(user.partnershipId(), user.agencyId())
			.stream()
			.filter((name) -> name.active() && person.isAssigned(name.id()))
			.map(PeopleDirectory.PersonName::displayName)
			.toList();
	}

	/** The people of the person's agency who can be assigned to a young person. */
	@Transactional(readOnly = true)
	public List<PeopleDirectory.PersonName> practitionersOf(SignedInUser user) {
		requireAgency(user);
		return this.users.activeNamesWithAnyRole(user.partnershipId(), user.agencyId(),
				Set.of(Role.PRACTITIONER, Role.AGENCY_LEAD));
	}

	/**
	 * A caseload, most urgent first: young people with unanswered urgent prompts, then
	 * other unanswered prompts, then the most recently changed.
	 * @param mine only young people assigned to this person; otherwise the whole agency
	 */
	@Transactional(readOnly = true)
	public CaseloadPage caseload(SignedInUser user, boolean mine, int page) {
		requireAgency(user);
		long total = this.jdbc.sql("""
				select count(*) from young_person yp
				where yp.partnership_id = :partnership and yp.agency_id = :agency
				  and (:mine = false or exists (select 1 from young_person_practitioner ypp
				                                where ypp.young_person_id = yp.id and ypp.user_id = :user))""")
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.param("mine", mine)
			.param("user", user.id())
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + CaseloadPage.PAGE_SIZE - 1) / CaseloadPage.PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		LocalDate today = LocalDate.now(this.clock);
		List<CaseloadRow> rows = this.jdbc.sql("""
				select yp.id, yp.case_reference, yp.date_of_birth, yp.age, yp.gender, yp.online_component,
				       yp.updated_at, yp.open_urgent_prompts as open_urgent, yp.open_prompts as open_all
				from young_person yp
				where yp.partnership_id = :partnership and yp.agency_id = :agency
				  and (:mine = false or exists (select 1 from young_person_practitioner ypp
				                                where ypp.young_person_id = yp.id and ypp.user_id = :user))
				order by yp.open_urgent_prompts desc, yp.open_prompts desc, yp.updated_at desc, yp.id desc
				limit :limit offset :offset""")
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.param("mine", mine)
			.param("user", user.id())
			.param("limit", CaseloadPage.PAGE_SIZE)
			.param("offset", (long) (current - 1) * CaseloadPage.PAGE_SIZE)
			.query((rs, row) -> {
				LocalDate dateOfBirth = rs.getObject("date_of_birth", LocalDate.class);
				int age = (dateOfBirth != null) ? YoungPerson.ageOn(dateOfBirth, today) : rs.getInt("age");
				return new CaseloadRow(rs.getLong("id"), rs.getString("case_reference"), age,
						Gender.valueOf(rs.getString("gender")), rs.getBoolean("online_component"),
						rs.getInt("open_urgent"), rs.getInt("open_all"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant());
			})
			.list();
		return new CaseloadPage(rows, current, pages, total);
	}

	private static void requireAgency(SignedInUser user) {
		if (!mayWorkWithRecords(user)) {
			throw new AccessDeniedException("Only practitioners and agency leads of an agency hold records");
		}
	}

}
