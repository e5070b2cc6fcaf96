package org.onlinelives.assessment.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.rules.AssessmentFacts;
import org.onlinelives.assessment.rules.AssessmentOutcome;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;
import org.onlinelives.assessment.rules.ImageSharingAnswers;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a young person's online-life assessment. A reassessment is a new
 * version; a completed version keeps its answers, flags and prompts, and only the answers
 * to its prompts and its notes can be added.
 */
@Table("assessment")
public class Assessment {

	public static final int MAX_OFFLINE_NOTES = 2000;

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long youngPersonId;

	private int sequenceNumber;

	private int catalogueVersion;

	private AssessmentStatus status;

	private Long startedBy;

	private Instant startedAt;

	private Long completedBy;

	private String completedByName;

	private Instant completedAt;

	private String vulnerabilityFactors;

	private String scenarios;

	private String whyShared;

	private String whatHappenedAfter;

	private String offlineAdversities;

	private String offlineNotes;

	private String concernCodes;

	private String bullying;

	private String groomingIndicators;

	private String thresholdLevel;

	@MappedCollection(idColumn = "assessment_id", keyColumn = "ten_c")
	private Map<String, TenCEntry> tenCs;

	@MappedCollection(idColumn = "assessment_id", keyColumn = "list_index")
	private List<RecordedFlag> flags;

	@MappedCollection(idColumn = "assessment_id", keyColumn = "list_index")
	private List<RecordedPrompt> prompts;

	@MappedCollection(idColumn = "assessment_id", keyColumn = "list_index")
	private List<AssessmentNote> notes;

	@Version
	private Long version;

	@PersistenceCreator
	Assessment(Long id, Long partnershipId, Long agencyId, Long youngPersonId, int sequenceNumber, int catalogueVersion,
			AssessmentStatus status, Long startedBy, Instant startedAt, Long completedBy, String completedByName,
			Instant completedAt, String vulnerabilityFactors, String scenarios, String whyShared,
			String whatHappenedAfter, String offlineAdversities, String offlineNotes, String concernCodes,
			String bullying, String groomingIndicators, String thresholdLevel, Map<String, TenCEntry> tenCs,
			List<RecordedFlag> flags, List<RecordedPrompt> prompts, List<AssessmentNote> notes, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.youngPersonId = youngPersonId;
		this.sequenceNumber = sequenceNumber;
		this.catalogueVersion = catalogueVersion;
		this.status = status;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.completedBy = completedBy;
		this.completedByName = completedByName;
		this.completedAt = completedAt;
		this.vulnerabilityFactors = vulnerabilityFactors;
		this.scenarios = scenarios;
		this.whyShared = whyShared;
		this.whatHappenedAfter = whatHappenedAfter;
		this.offlineAdversities = offlineAdversities;
		this.offlineNotes = offlineNotes;
		this.concernCodes = concernCodes;
		this.bullying = bullying;
		this.groomingIndicators = groomingIndicators;
		this.thresholdLevel = thresholdLevel;
		this.tenCs = new HashMap<>((tenCs != null) ? tenCs : Map.of());
		this.flags = new ArrayList<>((flags != null) ? flags : List.of());
		this.prompts = new ArrayList<>((prompts != null) ? prompts : List.of());
		this.notes = new ArrayList<>((notes != null) ? notes : List.of());
		this.version = version;
	}

	/**
	 * Starts a version. A reassessment starts from what the previous version recorded, so
	 * the practitioner reviews rather than retypes; the previous version is never
	 * changed.
	 * @param previous the latest earlier version, or null for a first assessment
	 */
	public static Assessment start(long partnershipId, long agencyId, long youngPersonId, int sequenceNumber,
			int catalogueVersion, Assessment previous, long userId, Clock clock) {
		Assessment assessment = new Assessment(null, partnershipId, agencyId, youngPersonId, sequenceNumber,
				catalogueVersion, AssessmentStatus.IN_PROGRESS, userId, clock.instant(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null);
		if (previous != null) {
			assessment.copyAnswersFrom(previous);
		}
		return assessment;
	}

	private void copyAnswersFrom(Assessment previous) {
		this.vulnerabilityFactors = previous.vulnerabilityFactors;
		this.scenarios = previous.scenarios;
		this.whyShared = previous.whyShared;
		this.whatHappenedAfter = previous.whatHappenedAfter;
		this.offlineAdversities = previous.offlineAdversities;
		this.offlineNotes = previous.offlineNotes;
		recordConcerns(previous.concerns());
		this.tenCs = new HashMap<>(previous.tenCs);
	}

	public void recordVulnerabilityFactors(Set<String> codes) {
		requireInProgress();
		this.vulnerabilityFactors = join(codes);
	}

	/**
	 * Records the high-risk scenarios and, when the young person shared an intimate
	 * picture, the follow-up answers.
	 * @throws InvalidAnswerException on {@code imageSharing} if there are follow-up
	 * answers without {@link ImageSharingAnswers#SHARED_INTIMATE_IMAGE}: they answer a
	 * question that was not asked
	 */
	public void recordScenarios(Set<String> scenarioCodes, Set<String> whyShared, Set<String> whatHappenedAfter) {
		requireInProgress();
		InvalidAnswerException.throwIfAny(scenarioRefusals(scenarioCodes, whyShared, whatHappenedAfter));
		this.scenarios = join(scenarioCodes);
		this.whyShared = join(whyShared);
		this.whatHappenedAfter = join(whatHappenedAfter);
	}

	/**
	 * Records the concerns about pictures (someone else shared one, threats or blackmail
	 * over one), asked with the scenarios. The other concerns are left as they are.
	 * @param pictures the picture concerns answered yes, each one of
	 * {@link Concern#PICTURES}
	 */
	public void recordPictureConcerns(Set<Concern> pictures) {
		requireInProgress();
		if (!Concern.PICTURES.containsAll(pictures)) {
			throw new InvalidAnswerException("pictures", "assessment.concerns.unknown",
					"Not a question about pictures: " + pictures);
		}
		Set<Concern> raised = EnumSet.noneOf(Concern.class);
		raised.addAll(concerns().raised());
		raised.removeAll(Concern.PICTURES);
		raised.addAll(pictures);
		this.concernCodes = join(raised.stream().map(Enum::name).collect(Collectors.toSet()));
	}

	/**
	 * Records the offline adversities and the notes about them.
	 * @throws InvalidAnswerException on {@code offlineNotes} if the notes are over
	 * {@link #MAX_OFFLINE_NOTES} characters
	 */
	public void recordOfflineContext(Set<String> adversities, String notes) {
		requireInProgress();
		InvalidAnswerException.throwIfAny(offlineNotesRefusals(notes));
		this.offlineAdversities = join(adversities);
		this.offlineNotes = (notes == null || notes.isBlank()) ? null : notes.trim();
	}

	public void recordConcerns(ConcernFlags concerns) {
		requireInProgress();
		this.concernCodes = join(concerns.raised().stream().map(Enum::name).collect(Collectors.toSet()));
		this.bullying = join(concerns.bullying().stream().map(Enum::name).collect(Collectors.toSet()));
		this.groomingIndicators = join(concerns.grooming().stream().map(Enum::name).collect(Collectors.toSet()));
		this.thresholdLevel = (concerns.threshold() != null) ? concerns.threshold().name() : null;
	}

	/**
	 * Records the concerns step: every concern but those about pictures, which are asked
	 * with the scenarios and kept as they are.
	 * @param concerns the answers, with no concern about pictures
	 */
	public void recordConcernsOtherThanPictures(ConcernFlags concerns) {
		requireInProgress();
		if (concerns.raised().stream().anyMatch(Concern.PICTURES::contains)) {
			throw new InvalidAnswerException("concerns", "assessment.concerns.unknown",
					"Concerns about pictures are recorded with the scenarios");
		}
		Set<Concern> raised = EnumSet.noneOf(Concern.class);
		raised.addAll(concerns.raised());
		concerns().raised().stream().filter(Concern.PICTURES::contains).forEach(raised::add);
		recordConcerns(new ConcernFlags(raised, concerns.bullying(), concerns.grooming(), concerns.threshold()));
	}

	/**
	 * Records what was found for one of the 10 Cs; an empty entry clears it.
	 * @throws InvalidAnswerException on {@code tenCs.<code>.<answer>} for each answer
	 * over {@link TenCEntry#MAX_TEXT} characters
	 */
	public void recordTenC(String code, TenCEntry entry) {
		requireInProgress();
		InvalidAnswerException.throwIfAny(tenCRefusals(code, entry));
		if (entry.isEmpty()) {
			this.tenCs.remove(code);
		}
		else {
			this.tenCs.put(code, entry);
		}
	}

	/**
	 * Every answer an assessment would refuse, all at once, without recording anything:
	 * for a caller (the API) that reports every fault in one reply before it starts a
	 * version. The record methods apply the same rules.
	 */
	public static List<Refusal> refusals(AssessmentAnswers answers) {
		List<Refusal> refusals = new ArrayList<>(
				scenarioRefusals(answers.scenarios(), answers.whyShared(), answers.whatHappenedAfter()));
		refusals.addAll(offlineNotesRefusals(answers.offlineNotes()));
		answers.tenCs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((tenC) -> {
			if (tenC.getValue() != null) {
				refusals.addAll(tenCRefusals(tenC.getKey(), tenC.getValue()));
			}
		});
		return refusals;
	}

	private static List<Refusal> scenarioRefusals(Set<String> scenarioCodes, Set<String> whyShared,
			Set<String> whatHappenedAfter) {
		boolean answered = (whyShared != null && !whyShared.isEmpty())
				|| (whatHappenedAfter != null && !whatHappenedAfter.isEmpty());
		if (answered && !scenarioCodes.contains(ImageSharingAnswers.SHARED_INTIMATE_IMAGE)) {
			return List.of(new Refusal("imageSharing", "assessment.imageSharing.withoutScenario",
					"Image-sharing answers need the scenario " + ImageSharingAnswers.SHARED_INTIMATE_IMAGE
							+ " in scenarios"));
		}
		return List.of();
	}

	private static List<Refusal> offlineNotesRefusals(String notes) {
		if (notes != null && notes.length() > MAX_OFFLINE_NOTES) {
			return List.of(new Refusal("offlineNotes", "assessment.offlineNotes.tooLong",
					"Must be " + MAX_OFFLINE_NOTES + " characters or fewer"));
		}
		return List.of();
	}

	private static List<Refusal> tenCRefusals(String code, TenCEntry entry) {
		List<Refusal> refusals = new ArrayList<>();
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("strengths", entry.strengths());
		texts.put("vulnerabilities", entry.vulnerabilities());
		texts.put("youngPersonView", entry.youngPersonView());
		texts.put("parentView", entry.parentView());
		texts.forEach((answer, text) -> {
			if (text != null && text.length() > TenCEntry.MAX_TEXT) {
				refusals.add(new Refusal("tenCs." + code + "." + answer, "assessment.text.tooLong",
						"Must be " + TenCEntry.MAX_TEXT + " characters or fewer"));
			}
		});
		return refusals;
	}

	/**
	 * Completes the version with what the rules found. From now on its answers are fixed.
	 */
	public void complete(AssessmentOutcome outcome, long userId, String userName, Clock clock) {
		requireInProgress();
		this.flags = new ArrayList<>(outcome.flags()
			.stream()
			.map((flag) -> new RecordedFlag(flag.code().name(), flag.reason(), flag.source().seed(),
					flag.source().section()))
			.toList());
		this.prompts = new ArrayList<>(outcome.prompts()
			.stream()
			.map((prompt) -> new RecordedPrompt(prompt.code(), prompt.urgency(), prompt.reason(), null, null, null,
					null, null, null))
			.toList());
		this.status = AssessmentStatus.COMPLETED;
		this.completedBy = userId;
		this.completedByName = userName;
		this.completedAt = clock.instant();
	}

	/**
	 * Records the practitioner's answer to a prompt. "Done" needs the day it was done;
	 * "not applicable" needs the reason. An answer, once given, stays as it was recorded.
	 * @throws InvalidAnswerException for each rule of {@link #promptAnswerRefusals}
	 * broken
	 */
	public void answerPrompt(String code, PromptAnswer answer, LocalDate doneOn, String note, long userId,
			String userName, Clock clock) {
		if (this.status != AssessmentStatus.COMPLETED) {
			throw new IllegalStateException("Prompts are answered once the assessment is complete");
		}
		int index = promptIndex(code);
		RecordedPrompt prompt = this.prompts.get(index);
		if (prompt.isAnswered()) {
			throw new IllegalStateException("Prompt " + code + " is already answered");
		}
		InvalidAnswerException.throwIfAny(promptAnswerRefusals(answer, doneOn, note, LocalDate.now(clock)));
		this.prompts.set(index, prompt.answered(answer, (note == null || note.isBlank()) ? null : note.trim(),
				(answer == PromptAnswer.DONE) ? doneOn : null, userId, userName, clock.instant()));
	}

	/**
	 * What an answer to a prompt breaks, without recording it: for a page that shows
	 * every fault at once. {@link #answerPrompt} applies the same rules. Fields:
	 * {@code answer}, {@code doneOn}, {@code note}.
	 */
	public static List<Refusal> promptAnswerRefusals(PromptAnswer answer, LocalDate doneOn, String note,
			LocalDate today) {
		if (answer == null) {
			return List.of(new Refusal("answer", "prompt.answer.required", "An answer is needed"));
		}
		List<Refusal> refusals = new ArrayList<>();
		if (answer == PromptAnswer.DONE && doneOn == null) {
			refusals.add(new Refusal("doneOn", "prompt.doneOn.invalid",
					"The day it was done is needed and cannot be in the future"));
		}
		else if (answer == PromptAnswer.DONE && doneOn.isAfter(today)) {
			refusals.add(new Refusal("doneOn", "prompt.doneOn.future",
					"The day it was done is needed and cannot be in the future"));
		}
		if (answer == PromptAnswer.NOT_APPLICABLE && (note == null || note.isBlank())) {
			refusals.add(new Refusal("note", "prompt.note.required", "Say why the prompt does not apply"));
		}
		if (note != null && note.length() > RecordedPrompt.MAX_NOTE) {
			refusals.add(new Refusal("note", "prompt.note.tooLong",
					"The note is limited to " + RecordedPrompt.MAX_NOTE + " characters"));
		}
		return refusals;
	}

	/**
	 * Adds a note, to a version in progress or complete.
	 * @throws InvalidAnswerException on {@code note} if the text is blank or over
	 * {@link AssessmentNote#MAX_LENGTH} characters
	 */
	public void addNote(String text, long userId, String userName, Clock clock) {
		if (text == null || text.isBlank()) {
			throw new InvalidAnswerException("note", "note.text.required", "Enter the note");
		}
		if (text.length() > AssessmentNote.MAX_LENGTH) {
			throw new InvalidAnswerException("note", "note.text.tooLong",
					"A note must be " + AssessmentNote.MAX_LENGTH + " characters or fewer");
		}
		this.notes.add(new AssessmentNote(text.trim(), userId, userName, clock.instant()));
	}

	private int promptIndex(String code) {
		for (int i = 0; i < this.prompts.size(); i++) {
			if (this.prompts.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No prompt " + code + " was raised in this assessment");
	}

	private void requireInProgress() {
		if (this.status != AssessmentStatus.IN_PROGRESS) {
			throw new IllegalStateException(
					"Assessment " + this.id + " is complete; start a reassessment to change it");
		}
	}

	/**
	 * What is recorded, as the rules read it.
	 * @param catalogue the catalogue, which knows each scenario's C
	 */
	public AssessmentFacts facts(Catalogue catalogue, Integer age) {
		Map<RiskCategory, Set<String>> byC = new EnumMap<>(RiskCategory.class);
		for (String code : scenarioCodes()) {
			RiskCategory c = catalogue.scenarioGroups()
				.stream()
				.filter((group) -> group.scenarios().stream().anyMatch((scenario) -> scenario.code().equals(code)))
				.map((group) -> group.c())
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown scenario code: " + code));
			byC.computeIfAbsent(c, (key) -> new LinkedHashSet<>()).add(code);
		}
		Map<String, Integer> ratings = new HashMap<>();
		this.tenCs.forEach((code, entry) -> {
			if (entry.rating() != null) {
				ratings.put(code, entry.rating());
			}
		});
		return new AssessmentFacts(vulnerabilityFactorCodes(), byC,
				new ImageSharingAnswers(whySharedCodes(), whatHappenedAfterCodes()), offlineAdversityCodes(), ratings,
				concerns(), age);
	}

	public ConcernFlags concerns() {
		Set<BullyingRole> roles = EnumSet.noneOf(BullyingRole.class);
		split(this.bullying).forEach((role) -> roles.add(BullyingRole.valueOf(role)));
		Set<Concern> raised = EnumSet.noneOf(Concern.class);
		split(this.concernCodes).forEach((code) -> raised.add(Concern.valueOf(code)));
		Set<GroomingIndicator> grooming = EnumSet.noneOf(GroomingIndicator.class);
		split(this.groomingIndicators).forEach((code) -> grooming.add(GroomingIndicator.valueOf(code)));
		return new ConcernFlags(raised, roles, grooming,
				(this.thresholdLevel != null) ? ThresholdLevel.valueOf(this.thresholdLevel) : null);
	}

	public Set<String> vulnerabilityFactorCodes() {
		return split(this.vulnerabilityFactors);
	}

	public Set<String> scenarioCodes() {
		return split(this.scenarios);
	}

	public Set<String> whySharedCodes() {
		return split(this.whyShared);
	}

	public Set<String> whatHappenedAfterCodes() {
		return split(this.whatHappenedAfter);
	}

	public Set<String> offlineAdversityCodes() {
		return split(this.offlineAdversities);
	}

	public String getOfflineNotes() {
		return this.offlineNotes;
	}

	public Map<String, TenCEntry> tenCs() {
		return Map.copyOf(this.tenCs);
	}

	public TenCEntry tenC(String code) {
		return this.tenCs.get(code);
	}

	public List<RecordedFlag> flags() {
		return List.copyOf(this.flags);
	}

	public List<RecordedPrompt> prompts() {
		return List.copyOf(this.prompts);
	}

	public List<RecordedPrompt> openUrgentPrompts() {
		return this.prompts.stream().filter(RecordedPrompt::isOpenAndUrgent).toList();
	}

	public List<AssessmentNote> notes() {
		return List.copyOf(this.notes);
	}

	public boolean isComplete() {
		return this.status == AssessmentStatus.COMPLETED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public Long getYoungPersonId() {
		return this.youngPersonId;
	}

	public int getSequenceNumber() {
		return this.sequenceNumber;
	}

	public int getCatalogueVersion() {
		return this.catalogueVersion;
	}

	public AssessmentStatus getStatus() {
		return this.status;
	}

	public Long getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Long getCompletedBy() {
		return this.completedBy;
	}

	public String getCompletedByName() {
		return this.completedByName;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public Long getVersion() {
		return this.version;
	}

	private static String join(Set<String> codes) {
		return (codes == null || codes.isEmpty()) ? null : codes.stream().sorted().collect(Collectors.joining(","));
	}

	private static Set<String> split(String codes) {
		return (codes == null || codes.isBlank()) ? Set.of() : new LinkedHashSet<>(Arrays.asList(codes.split(",")));
	}

}
