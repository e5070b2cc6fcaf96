package org.onlinelives.workforce.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Team;
import org.onlinelives.platform.organisation.Teams;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.people.PeopleDirectory.PersonName;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training as the signed-in person may see and change it: every read takes their
 * partnership, and a lead's reach stops at their agency. Changes are logged.
 */
@Service
@Transactional
public class Training implements TrainingCoverageQuery {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final Courses courses;

	private final TrainingRecords records;

	private final CourseEvaluations evaluations;

	private final TrainingTargets targets;

	private final TrainingSuggestions suggestions;

	private final CoverageQueries coverageQueries;

	private final PeopleDirectory users;

	private final AgencyDirectory agencies;

	private final Teams teams;

	private final AccessLog accessLog;

	private final Clock clock;

	Training(Courses courses, TrainingRecords records, CourseEvaluations evaluations, TrainingTargets targets,
			TrainingSuggestions suggestions, CoverageQueries coverageQueries, PeopleDirectory users,
			AgencyDirectory agencies, Teams teams, AccessLog accessLog, Clock clock) {
		this.courses = courses;
		this.records = records;
		this.evaluations = evaluations;
		this.targets = targets;
		this.suggestions = suggestions;
		this.coverageQueries = coverageQueries;
		this.users = users;
		this.agencies = agencies;
		this.teams = teams;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(UK));
	}

	// The catalogue

	@Transactional(readOnly = true)
	public List<Course> catalogue(SignedInUser user) {
		return this.courses.findByPartnershipIdOrderByTitle(user.partnershipId());
	}

	@Transactional(readOnly = true)
	public Course course(SignedInUser user, long id) {
		return this.courses.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException("training-course", id));
	}

	public Course addCourse(SignedInUser admin, Course.Details details) {
		administrator(admin);
		if (details.title() != null && this.courses.existsByPartnershipIdAndTitleIgnoreCase(admin.partnershipId(),
				details.title().strip())) {
			throw new TrainingRuleException("title", "training.course.title.taken");
		}
		Course course = this.courses.save(Course.create(admin.partnershipId(), details));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "training-course", course.getId(), "course added");
		return course;
	}

	public Course changeCourse(SignedInUser admin, long id, Course.Details details, Long version) {
		administrator(admin);
		Course course = course(admin, id);
		if (!Objects.equals(version, course.getVersion())) {
			throw new TrainingRuleException(null, "training.changedByAnother");
		}
		if (details.title() != null && !details.title().strip().equalsIgnoreCase(course.getTitle()) && this.courses
			.existsByPartnershipIdAndTitleIgnoreCase(admin.partnershipId(), details.title().strip())) {
			throw new TrainingRuleException("title", "training.course.title.taken");
		}
		course.change(details);
		this.courses.save(course);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "training-course", id, "course changed");
		return course;
	}

	// Records and refreshers

	/** A person's refreshers, most pressing first. */
	@Transactional(readOnly = true)
	public List<Refresher> refreshersOf(SignedInUser user) {
		return Refresher.of(
				this.records.findByPartnershipIdAndUserIdOrderByCompletedOnDesc(user.partnershipId(), user.id()),
				coursesById(user.partnershipId()), today());
	}

	/** A person's own records, newest first, and which of them they have evaluated. */
	@Transactional(readOnly = true)
	public List<RecordRow> recordsOf(SignedInUser user) {
		List<TrainingRecord> mine = this.records
			.findByPartnershipIdAndUserIdOrderByCompletedOnDesc(user.partnershipId(), user.id());
		Map<Long, Course> byId = coursesById(user.partnershipId());
		java.util.Set<Long> evaluated = mine.isEmpty() ? java.util.Set.of() : this.evaluations
			.findByPartnershipIdAndRecordIdIn(user.partnershipId(), mine.stream().map(TrainingRecord::getId).toList())
			.stream()
			.map(CourseEvaluation::getRecordId)
			.collect(Collectors.toSet());
		return mine.stream()
			.map((record) -> new RecordRow(record, byId.get(record.getCourseId()), evaluated.contains(record.getId())))
			.toList();
	}

	/** A record as listed: the course it is for and whether it has been evaluated. */
	public record RecordRow(TrainingRecord record, Course course, boolean evaluated) {
	}

	/**
	 * The people whose training this person may record: themselves, or a lead's agency.
	 */
	@Transactional(readOnly = true)
	public List<PersonName> recordableFor(SignedInUser user) {
		if (user.hasRole(Role.AGENCY_LEAD) && user.agencyId() != null) {
			return activeNamesOf(user);
		}
		return this.users.find(user.partnershipId(), user.id())
			.map((self) -> new PersonName(self.getId(), self.getDisplayName(), self.isActive()))
			.stream()
			.toList();
	}

	/**
	 * Records a completion for the signed-in person or, for an agency lead, for someone
	 * in their agency. Anyone else's id is not found.
	 */
	public TrainingRecord record(SignedInUser actor, Long personId, long courseId, LocalDate completedOn,
			String evidenceLink) {
		long person = (personId != null) ? personId : actor.id();
		User subject = person == actor.id() ? this.users.find(actor.partnershipId(), person).orElseThrow()
				: leadsAgencyOf(actor, person);
		Course course = course(actor, courseId);
		if (completedOn != null
				&& this.records.existsByUserIdAndCourseIdAndCompletedOn(person, courseId, completedOn)) {
			throw new TrainingRuleException("completedOn", "training.record.duplicate");
		}
		TrainingRecord saved = this.records.save(TrainingRecord.record(course, person, subject.getAgencyId(),
				completedOn, evidenceLink, actor.id(), this.clock.instant(), today()));
		this.accessLog.record(actor, AccessEvent.RECORD_CHANGED, "training-record", saved.getId(),
				(person == actor.id()) ? "own training recorded" : "training recorded for user " + person);
		return saved;
	}

	private User leadsAgencyOf(SignedInUser actor, long personId) {
		if (!actor.hasRole(Role.AGENCY_LEAD) || actor.agencyId() == null) {
			throw new RecordNotFoundException("user", personId);
		}
		return this.users.findInAgency(actor.partnershipId(), actor.agencyId(), personId)
			.orElseThrow(() -> new RecordNotFoundException("user", personId));
	}

	/** The agency's staff and their refreshers, for its lead. */
	@Transactional(readOnly = true)
	public List<StaffRow> staffOf(SignedInUser lead) {
		if (!lead.hasRole(Role.AGENCY_LEAD) || lead.agencyId() == null) {
			throw new AccessDeniedException("Only an agency lead sees their staff's training");
		}
		Map<Long, Course> byId = coursesById(lead.partnershipId());
		Map<Long, List<TrainingRecord>> byUser = this.records.findInScope(lead.partnershipId(), lead.agencyId())
			.stream()
			.collect(Collectors.groupingBy(TrainingRecord::getUserId));
		LocalDate today = today();
		return activeNamesOf(lead).stream()
			.map((person) -> new StaffRow(person,
					Refresher.of(byUser.getOrDefault(person.id(), List.of()), byId, today)))
			.toList();
	}

	/**
	 * The agency's active people by name, in one query (not each person with their
	 * roles).
	 */
	private List<PersonName> activeNamesOf(SignedInUser lead) {
		return this.users.namesOf(lead.partnershipId(), lead.agencyId()).stream().filter(PersonName::active).toList();
	}

	/** A member of staff and their refreshers. */
	public record StaffRow(PersonName person, List<Refresher> refreshers) {

		public long overdue() {
			return this.refreshers.stream().filter((r) -> r.status() == Refresher.Status.OVERDUE).count();
		}

	}

	// Evaluations

	/**
	 * A record of the signed-in person's own, for evaluating it; anyone else's is not
	 * found.
	 */
	@Transactional(readOnly = true)
	public TrainingRecord ownRecord(SignedInUser user, long recordId) {
		return this.records.findByIdAndPartnershipId(recordId, user.partnershipId())
			.filter((record) -> record.getUserId() == user.id())
			.orElseThrow(() -> new RecordNotFoundException("training-record", recordId));
	}

	@Transactional(readOnly = true)
	public boolean evaluated(TrainingRecord record) {
		return this.evaluations.existsByRecordId(record.getId());
	}

	public void evaluate(SignedInUser user, long recordId, Integer before, Integer after, String useful,
			String missing) {
		TrainingRecord record = ownRecord(user, recordId);
		if (evaluated(record)) {
			throw new TrainingRuleException(null, "training.evaluation.already");
		}
		this.evaluations.save(CourseEvaluation.of(record, before, after, useful, missing, this.clock.instant()));
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "training-record", recordId, "course evaluated");
	}

	@Transactional(readOnly = true)
	public EvaluationSummary evaluationsOf(SignedInUser user, Course course) {
		return EvaluationSummary.of(this.evaluations
			.findByPartnershipIdAndCourseIdOrderBySubmittedAtDesc(user.partnershipId(), course.getId()));
	}

	// Coverage and target

	@Transactional(readOnly = true)
	public TrainingTarget target(long partnershipId) {
		return this.targets.findById(partnershipId).orElseGet(() -> TrainingTarget.defaultFor(partnershipId));
	}

	public void changeTarget(SignedInUser admin, TrainingLevel level, Integer percent, Long version) {
		administrator(admin);
		TrainingTarget target = target(admin.partnershipId());
		if (!Objects.equals(version, target.getVersion())) {
			throw new TrainingRuleException(null, "training.changedByAnother");
		}
		target.change(level, percent);
		this.targets.save(target);
		this.accessLog.record(admin, AccessEvent.PARTNERSHIP_SETTINGS_CHANGED, "training-target", admin.partnershipId(),
				"coverage target " + percent + "% at " + level);
	}

	/**
	 * Coverage as this person may see it: the whole partnership for administrators and
	 * analysts, their own agency for a lead.
	 */
	@Transactional(readOnly = true)
	public Coverage.Result coverage(SignedInUser user) {
		Long agency = (user.isAdministrator() || user.hasRole(Role.ANALYST)) ? null : leadAgency(user);
		return coverage(user.partnershipId(), agency);
	}

	/** A named row of the coverage page: an agency (with its teams) or a team. */
	public record CoverageRow(String name, Coverage.Figure figure, List<CoverageRow> teams) {
	}

	/** Coverage as {@link #coverage(SignedInUser)} counts it, named and in name order. */
	@Transactional(readOnly = true)
	public List<CoverageRow> coverageRows(SignedInUser user) {
		Coverage.Result result = coverage(user);
		java.util.Comparator<CoverageRow> byName = java.util.Comparator.comparing(CoverageRow::name,
				String.CASE_INSENSITIVE_ORDER);
		return this.agencies.agenciesOf(user.partnershipId())
			.stream()
			.filter((agency) -> result.forAgency(agency.getId()) != null)
			.map((agency) -> new CoverageRow(agency.getName(), result.forAgency(agency.getId()),
					teamRows(agency, result).stream().sorted(byName).toList()))
			.sorted(byName)
			.toList();
	}

	private List<CoverageRow> teamRows(Agency agency, Coverage.Result result) {
		Map<Long, String> names = this.teams.findByAgencyIdOrderByName(agency.getId())
			.stream()
			.collect(Collectors.toMap(Team::id, Team::name));
		return result.teams()
			.stream()
			.filter((figure) -> agency.getId().equals(figure.parentId()) && names.containsKey(figure.groupId()))
			.map((figure) -> new CoverageRow(names.get(figure.groupId()), figure, List.of()))
			.toList();
	}

	private Long leadAgency(SignedInUser user) {
		if (!user.hasRole(Role.AGENCY_LEAD) || user.agencyId() == null) {
			throw new AccessDeniedException("Coverage is for administrators, analysts and agency leads");
		}
		return user.agencyId();
	}

	private Coverage.Result coverage(long partnershipId, Long agencyId) {
		TrainingTarget target = target(partnershipId);
		return Coverage.of(this.coverageQueries.practitioners(partnershipId, agencyId),
				this.coverageQueries.completions(partnershipId, agencyId), target.getLevel(), target.getPercent(),
				today());
	}

	@Override
	@Transactional(readOnly = true)
	public AgencyCoverage coverageOf(long partnershipId, long agencyId) {
		TrainingTarget target = target(partnershipId);
		Coverage.Figure figure = coverage(partnershipId, agencyId).forAgency(agencyId);
		int practitioners = (figure != null) ? figure.practitioners() : 0;
		int covered = (figure != null) ? figure.covered() : 0;
		return new AgencyCoverage(target.getLevel(), target.getPercent(), practitioners, covered,
				(figure != null) ? figure.percent() : 0, figure != null && figure.meetsTarget());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, AgencyCoverage> coverageByAgency(long partnershipId) {
		TrainingTarget target = target(partnershipId);
		Map<Long, AgencyCoverage> byAgency = new java.util.LinkedHashMap<>();
		for (Coverage.Figure figure : coverage(partnershipId, null).agencies()) {
			byAgency.put(figure.groupId(), new AgencyCoverage(target.getLevel(), target.getPercent(),
					figure.practitioners(), figure.covered(), figure.percent(), figure.meetsTarget()));
		}
		return byAgency;
	}

	// Suggestions

	public TrainingSuggestion suggest(SignedInUser user, String topic) {
		TrainingSuggestion saved = this.suggestions.save(TrainingSuggestion.suggest(user.partnershipId(),
				user.agencyId(), user.id(), topic, this.clock.instant()));
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "training-suggestion", saved.getId(),
				"suggestion made");
		return saved;
	}

	@Transactional(readOnly = true)
	public List<TrainingSuggestion> suggestionsBy(SignedInUser user) {
		return this.suggestions.findByPartnershipIdAndSuggestedByOrderByCreatedAtDesc(user.partnershipId(), user.id());
	}

	@Transactional(readOnly = true)
	public List<TrainingSuggestion> suggestions(SignedInUser admin) {
		administrator(admin);
		return this.suggestions.findByPartnershipIdOrderByCreatedAtDesc(admin.partnershipId());
	}

	public void review(SignedInUser admin, long id, TrainingSuggestion.Status decision, String note, Long version) {
		administrator(admin);
		TrainingSuggestion suggestion = this.suggestions.findByIdAndPartnershipId(id, admin.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException("training-suggestion", id));
		if (!Objects.equals(version, suggestion.getVersion())) {
			throw new TrainingRuleException(null, "training.changedByAnother");
		}
		suggestion.review(decision, note, admin.id(), this.clock.instant());
		this.suggestions.save(suggestion);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "training-suggestion", id,
				"suggestion reviewed: " + decision);
	}

	private Map<Long, Course> coursesById(long partnershipId) {
		return this.courses.findByPartnershipIdOrderByTitle(partnershipId)
			.stream()
			.collect(Collectors.toMap(Course::getId, Function.identity()));
	}

	private static void administrator(SignedInUser user) {
		if (!user.isAdministrator()) {
			throw new AccessDeniedException("Only partnership administrators change this");
		}
	}

}
