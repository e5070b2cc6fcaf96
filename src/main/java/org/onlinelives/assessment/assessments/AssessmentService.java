package org.onlinelives.assessment.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.onlinelives.assessment.AssessmentCompleted;
import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.PromptAnswered;
import org.onlinelives.assessment.catalogue.AnswerOption;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.rules.AssessmentOutcome;
import org.onlinelives.assessment.rules.AssessmentRules;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.youngpeople.CaseSnapshots;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to assessments. Every call is scoped through the young person's record in
 * the signed-in person's agency; every save checks the version the person started from,
 * checks codes against the catalogue, and is written to the access log.
 */
@Service
public class AssessmentService {

	static final String RECORD_TYPE = "assessment";

	private final Assessments assessments;

	private final YoungPeopleService youngPeople;

	private final Catalogue catalogue;

	private final AssessmentRules rules;

	private final AccessLog accessLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CaseSnapshots snapshots;

	private final ApplicationEventPublisher events;

	AssessmentService(Assessments assessments, YoungPeopleService youngPeople, Catalogue catalogue,
			AssessmentRules rules, AccessLog accessLog, JdbcClient jdbc, Clock clock, CaseSnapshots snapshots,
			ApplicationEventPublisher events) {
		this.snapshots = snapshots;
		this.events = events;
		this.assessments = assessments;
		this.youngPeople = youngPeople;
		this.catalogue = catalogue;
		this.rules = rules;
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Finds an assessment of a young person in the person's agency, without logging.
	 * @throws RecordNotFoundException if either is out of scope
	 */
	@Transactional(readOnly = true)
	public Assessment find(SignedInUser user, long youngPersonId, long assessmentId) {
		YoungPerson person = this.youngPeople.find(user, youngPersonId);
		return this.assessments
			.findByIdAndPartnershipIdAndAgencyIdAndYoungPersonId(assessmentId, person.getPartnershipId(),
					person.getAgencyId(), person.getId())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, assessmentId));
	}

	/** Finds an assessment to show, and logs the view. */
	@Transactional(readOnly = true)
	public Assessment view(SignedInUser user, long youngPersonId, long assessmentId, String what) {
		Assessment assessment = find(user, youngPersonId, assessmentId);
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, RECORD_TYPE, assessmentId,
				"young person " + youngPersonId + ": " + what);
		return assessment;
	}

	/** Every version, latest first. */
	@Transactional(readOnly = true)
	public List<Assessment> history(SignedInUser user, long youngPersonId) {
		YoungPerson person = this.youngPeople.find(user, youngPersonId);
		return this.assessments.findByPartnershipIdAndAgencyIdAndYoungPersonIdOrderBySequenceNumberDesc(
				person.getPartnershipId(), person.getAgencyId(), person.getId());
	}

	/**
	 * Every version of a record the caller has already found, latest first, in two
	 * queries: what lists of versions show, without each version's answers (loading those
	 * took four queries a version).
	 */
	@Transactional(readOnly = true)
	public List<AssessmentVersion> versions(SignedInUser user, YoungPerson person) {
		if (person.getPartnershipId() != user.partnershipId() || !person.getAgencyId().equals(user.agencyId())) {
			throw new RecordNotFoundException("young person", person.getId());
		}
		Map<Long, List<String>> open = new HashMap<>();
		this.jdbc.sql("""
				select p.assessment_id, p.code from assessment_prompt p join assessment a on a.id = p.assessment_id
				where a.partnership_id = :partnership and a.agency_id = :agency and a.young_person_id = :person
				  and p.urgency = 'URGENT' and p.answer is null
				order by p.assessment_id, p.list_index""")
			.param("partnership", person.getPartnershipId())
			.param("agency", person.getAgencyId())
			.param("person", person.getId())
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach((prompt) -> open.computeIfAbsent(prompt.getKey(), (id) -> new ArrayList<>())
				.add(prompt.getValue()));
		return this.jdbc.sql("""
				select id, sequence_number, status, completed_at from assessment
				where partnership_id = :partnership and agency_id = :agency and young_person_id = :person
				order by sequence_number desc""")
			.param("partnership", person.getPartnershipId())
			.param("agency", person.getAgencyId())
			.param("person", person.getId())
			.query((rs, row) -> new AssessmentVersion(rs.getLong(1), rs.getInt(2),
					AssessmentStatus.valueOf(rs.getString(3)), instantOrNull(rs.getObject(4, OffsetDateTime.class)),
					open.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	private static Instant instantOrNull(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	/**
	 * The completed version before the one given, with its answers (the 10 Cs chart
	 * compares the two), or null when there is none.
	 * @param versions the record's {@link #versions}, already read for the page
	 */
	@Transactional(readOnly = true)
	public Assessment previousCompleted(YoungPerson person, List<AssessmentVersion> versions, Assessment assessment) {
		return versions.stream()
			.filter((other) -> other.complete() && other.sequenceNumber() < assessment.getSequenceNumber())
			.findFirst()
			.flatMap((previous) -> this.assessments.findByIdAndPartnershipIdAndAgencyIdAndYoungPersonId(previous.id(),
					person.getPartnershipId(), person.getAgencyId(), person.getId()))
			.orElse(null);
	}

	/**
	 * Starts a new version, or returns the one already in progress: there is only ever
	 * one version being recorded at a time.
	 */
	@Transactional
	public Assessment start(SignedInUser user, long youngPersonId) {
		List<Assessment> history = history(user, youngPersonId);
		Optional<Assessment> inProgress = history.stream().filter((a) -> !a.isComplete()).findFirst();
		if (inProgress.isPresent()) {
			return inProgress.get();
		}
		Assessment previous = history.isEmpty() ? null : history.get(0);
		int next = history.isEmpty() ? 1 : history.get(0).getSequenceNumber() + 1;
		Assessment assessment = this.assessments.save(Assessment.start(user.partnershipId(), user.agencyId(),
				youngPersonId, next, this.catalogue.version(), previous, user.id(), this.clock));
		changed(user, youngPersonId, assessment, "version " + next + " started");
		return assessment;
	}

	@Transactional
	public Assessment saveVulnerabilityFactors(SignedInUser user, long youngPersonId, long assessmentId,
			Long expectedVersion, Set<String> codes) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		requireKnown("vulnerabilityFactors", codes, (code) -> this.catalogue.factor(code).isPresent());
		assessment.recordVulnerabilityFactors(codes);
		return save(user, youngPersonId, assessment, "vulnerability factors");
	}

	/**
	 * Saves the scenarios step without touching the concerns about pictures.
	 */
	@Transactional
	public Assessment saveScenarios(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			Set<String> scenarios, Set<String> whyShared, Set<String> whatHappenedAfter) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		return saveScenarios(user, youngPersonId, assessment, scenarios, whyShared, whatHappenedAfter);
	}

	/**
	 * Saves the scenarios step: the scenarios, the follow-up questions on a picture the
	 * young person shared, and the concerns about pictures (shared by someone else,
	 * threats or blackmail), so that every question about pictures is asked once.
	 */
	@Transactional
	public Assessment saveScenarios(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			Set<String> scenarios, Set<String> whyShared, Set<String> whatHappenedAfter, Set<Concern> pictures) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		assessment.recordPictureConcerns(pictures);
		return saveScenarios(user, youngPersonId, assessment, scenarios, whyShared, whatHappenedAfter);
	}

	private Assessment saveScenarios(SignedInUser user, long youngPersonId, Assessment assessment,
			Set<String> scenarios, Set<String> whyShared, Set<String> whatHappenedAfter) {
		requireKnown("scenarios", scenarios, (code) -> this.catalogue.scenario(code).isPresent());
		requireKnown("whyShared", whyShared, (code) -> isAnswer(this.catalogue.imageSharing().whyShared(), code));
		requireKnown("whatHappenedAfter", whatHappenedAfter,
				(code) -> isAnswer(this.catalogue.imageSharing().whatHappenedAfter(), code));
		assessment.recordScenarios(scenarios, whyShared, whatHappenedAfter);
		return save(user, youngPersonId, assessment, "high-risk scenarios");
	}

	@Transactional
	public Assessment saveOfflineContext(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			Set<String> adversities, String notes) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		requireKnown("offlineAdversities", adversities, (code) -> this.catalogue.offlineAdversity(code).isPresent());
		assessment.recordOfflineContext(adversities, notes);
		return save(user, youngPersonId, assessment, "offline context");
	}

	/**
	 * Saves the concerns step. The concerns about pictures are asked with the scenarios,
	 * so they are kept as recorded there and refused here.
	 */
	@Transactional
	public Assessment saveConcerns(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			ConcernFlags concerns) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		assessment.recordConcernsOtherThanPictures(concerns);
		return save(user, youngPersonId, assessment, "concerns");
	}

	@Transactional
	public Assessment saveTenC(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			String code, TenCEntry entry) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		if (this.catalogue.tenC(code).isEmpty()) {
			throw new InvalidAnswerException("tenCs", "Unknown 10 Cs code: " + code);
		}
		if (entry.rating() != null && this.catalogue.ratingLevel(entry.rating()).isEmpty()) {
			throw new InvalidAnswerException("rating",
					"Rating " + entry.rating() + " is not on the scale 1 to " + this.catalogue.ratingScale().size());
		}
		assessment.recordTenC(code, entry);
		return save(user, youngPersonId, assessment, "10 Cs: " + code);
	}

	/**
	 * Records every answer at once and, if asked, completes the version (the API's way
	 * in). Codes are checked against the catalogue here; the assessment refuses the rest.
	 */
	@Transactional
	public Assessment record(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			AssessmentAnswers answers, boolean complete) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		requireKnown("vulnerabilityFactors", answers.vulnerabilityFactors(),
				(code) -> this.catalogue.factor(code).isPresent());
		requireKnown("scenarios", answers.scenarios(), (code) -> this.catalogue.scenario(code).isPresent());
		requireKnown("offlineAdversities", answers.offlineAdversities(),
				(code) -> this.catalogue.offlineAdversity(code).isPresent());
		assessment.recordVulnerabilityFactors(answers.vulnerabilityFactors());
		assessment.recordScenarios(answers.scenarios(), answers.whyShared(), answers.whatHappenedAfter());
		assessment.recordOfflineContext(answers.offlineAdversities(), answers.offlineNotes());
		assessment.recordConcerns(answers.concerns());
		for (var tenC : this.catalogue.tenCs()) {
			TenCEntry entry = answers.tenCs().get(tenC.code());
			assessment.recordTenC(tenC.code(), (entry != null) ? entry : new TenCEntry(null, null, null, null, null));
		}
		if (complete) {
			assessment.complete(preview(user, assessment), user.id(), user.displayName(), this.clock);
		}
		Assessment saved = save(user, youngPersonId, assessment,
				complete ? "recorded through the API and completed" : "recorded through the API");
		if (complete) {
			publish(user, youngPersonId, AssessmentCompleted::new);
		}
		return saved;
	}

	/**
	 * What the rules find in what is recorded so far; nothing is saved. The young
	 * person's age today decides between child and adult routes.
	 */
	public AssessmentOutcome preview(SignedInUser user, Assessment assessment) {
		int age = this.youngPeople.find(user, assessment.getYoungPersonId()).ageToday(this.clock);
		return this.rules.evaluate(assessment.facts(this.catalogue, age));
	}

	@Transactional
	public Assessment complete(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion) {
		Assessment assessment = forChange(user, youngPersonId, assessmentId, expectedVersion);
		assessment.complete(preview(user, assessment), user.id(), user.displayName(), this.clock);
		Assessment saved = save(user, youngPersonId, assessment, "completed");
		publish(user, youngPersonId, AssessmentCompleted::new);
		return saved;
	}

	/**
	 * Publishes a de-identified event about the case in the current transaction, so the
	 * event publication registry stores it with the change.
	 */
	private void publish(SignedInUser user, long youngPersonId, Function<CaseSnapshot, Object> event) {
		this.snapshots.of(this.youngPeople.find(user, youngPersonId)).map(event).ifPresent(this.events::publishEvent);
	}

	@Transactional
	public Assessment answerPrompt(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion,
			String code, PromptAnswer answer, LocalDate doneOn, String note) {
		Assessment assessment = find(user, youngPersonId, assessmentId);
		requireVersion(assessment, expectedVersion);
		assessment.answerPrompt(code, answer, doneOn, note, user.id(), user.displayName(), this.clock);
		Assessment saved = save(user, youngPersonId, assessment, "prompt " + code + " answered " + answer);
		publish(user, youngPersonId, PromptAnswered::new);
		return saved;
	}

	@Transactional
	public Assessment addNote(SignedInUser user, long youngPersonId, long assessmentId, String text) {
		Assessment assessment = find(user, youngPersonId, assessmentId);
		assessment.addNote(text, user.id(), user.displayName(), this.clock);
		return save(user, youngPersonId, assessment, "note added");
	}

	/** Logs an export of an assessment (the printable report). */
	public void recordExport(SignedInUser user, long youngPersonId, long assessmentId, String what) {
		this.accessLog.record(user, AccessEvent.EXPORTED, RECORD_TYPE, assessmentId,
				"young person " + youngPersonId + ": " + what);
	}

	/**
	 * Unanswered urgent prompts for the home page: of the young people assigned to a
	 * practitioner, or of the whole agency for an agency lead who is not a practitioner.
	 */
	@Transactional(readOnly = true)
	public List<OpenPrompt> openUrgentPrompts(SignedInUser user, int limit) {
		if (!YoungPeopleService.mayWorkWithRecords(user)) {
			return List.of();
		}
		boolean mine = user.hasRole(Role.PRACTITIONER);
		return this.jdbc.sql("""
				select yp.id as young_person_id, yp.case_reference, a.id as assessment_id, a.sequence_number, p.code
				from assessment_prompt p
				join assessment a on a.id = p.assessment_id
				join young_person yp on yp.id = a.young_person_id
				where a.partnership_id = :partnership and a.agency_id = :agency
				  and yp.partnership_id = :partnership and yp.agency_id = :agency
				  and yp.open_urgent_prompts > 0
				  and p.urgency = 'URGENT' and p.answer is null
				  and (:mine = false or exists (select 1 from young_person_practitioner ypp
				                                where ypp.young_person_id = yp.id and ypp.user_id = :user))
				order by a.completed_at, yp.id, p.list_index
				limit :limit""")
			.param("partnership", user.partnershipId())
			.param("agency", user.agencyId())
			.param("mine", mine)
			.param("user", user.id())
			.param("limit", limit)
			.query((rs, row) -> new OpenPrompt(rs.getLong("young_person_id"), rs.getString("case_reference"),
					rs.getLong("assessment_id"), rs.getInt("sequence_number"), rs.getString("code")))
			.list();
	}

	private Assessment forChange(SignedInUser user, long youngPersonId, long assessmentId, Long expectedVersion) {
		Assessment assessment = find(user, youngPersonId, assessmentId);
		requireVersion(assessment, expectedVersion);
		if (assessment.isComplete()) {
			throw new AssessmentCompleteException(assessmentId);
		}
		return assessment;
	}

	private static void requireVersion(Assessment assessment, Long expectedVersion) {
		if (expectedVersion == null || !expectedVersion.equals(assessment.getVersion())) {
			throw new OptimisticLockingFailureException(
					"assessment " + assessment.getId() + " was changed by someone else");
		}
	}

	private Assessment save(SignedInUser user, long youngPersonId, Assessment assessment, String what) {
		Assessment saved = this.assessments.save(assessment);
		this.youngPeople.touch(user, youngPersonId);
		changed(user, youngPersonId, saved, what);
		return saved;
	}

	private void changed(SignedInUser user, long youngPersonId, Assessment assessment, String what) {
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, assessment.getId(),
				"young person " + youngPersonId + ": " + what);
	}

	private static void requireKnown(String field, Set<String> codes, java.util.function.Predicate<String> known) {
		codes.stream().sorted().filter(known.negate()).findFirst().ifPresent((code) -> {
			throw new InvalidAnswerException(field, "Unknown code: " + code);
		});
	}

	private static boolean isAnswer(List<AnswerOption> answers, String code) {
		return answers.stream().anyMatch((answer) -> answer.code().equals(code));
	}

}
