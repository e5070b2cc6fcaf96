package org.onlinelives.assessment.youngpeople;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A young person known to one agency, recorded with as little as the work needs. Visible
 * only inside the holding agency.
 */
@Table("young_person")
public class YoungPerson {

	/** The assessment covers young people up to 25 (care leavers, SEND). */
	public static final int MIN_AGE = 0;

	public static final int MAX_AGE = 25;

	/** The holding agency's own case reference is kept short enough for every list. */
	public static final int MAX_CASE_REFERENCE = 40;

	public static final int MAX_PLATFORMS = 20;

	public static final int MAX_PLATFORM_LENGTH = 60;

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private String caseReference;

	private LocalDate dateOfBirth;

	private Integer age;

	private Gender gender;

	private boolean onlineComponent;

	private String platforms;

	private ReferralSource referralSource;

	private CaseOutcome outcome;

	private LocalDate outcomeDate;

	/** Random key under which de-identified case data is counted elsewhere. */
	private String factKey;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "young_person_id")
	private Set<AssignedPractitioner> practitioners;

	@Version
	private Long version;

	@PersistenceCreator
	YoungPerson(Long id, Long partnershipId, Long agencyId, String caseReference, LocalDate dateOfBirth, Integer age,
			Gender gender, boolean onlineComponent, String platforms, ReferralSource referralSource,
			CaseOutcome outcome, LocalDate outcomeDate, String factKey, Instant createdAt, Instant updatedAt,
			Set<AssignedPractitioner> practitioners, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.caseReference = caseReference;
		this.dateOfBirth = dateOfBirth;
		this.age = age;
		this.gender = gender;
		this.onlineComponent = onlineComponent;
		this.platforms = platforms;
		this.referralSource = referralSource;
		this.outcome = outcome;
		this.outcomeDate = outcomeDate;
		this.factKey = factKey;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.practitioners = new HashSet<>((practitioners != null) ? practitioners : Set.of());
		this.version = version;
	}

	/**
	 * Records a young person in an agency.
	 * @throws InvalidAnswerException naming each field whose details break a rule
	 */
	public static YoungPerson record(long partnershipId, long agencyId, YoungPersonDetails details, Clock clock) {
		YoungPerson person = new YoungPerson(null, partnershipId, agencyId, null, null, null, null, false, null, null,
				null, null, UUID.randomUUID().toString(), clock.instant(), clock.instant(), Set.of(), null);
		person.change(details, clock);
		return person;
	}

	/**
	 * Changes what is recorded.
	 * @throws InvalidAnswerException naming each field whose details break a rule
	 */
	public void change(YoungPersonDetails details, Clock clock) {
		check(details, clock);
		this.caseReference = details.caseReference().trim();
		this.dateOfBirth = details.dateOfBirth();
		this.age = (details.dateOfBirth() != null) ? null : details.age();
		this.gender = details.gender();
		this.onlineComponent = details.onlineComponent();
		this.platforms = details.platforms()
			.stream()
			.map(String::trim)
			.filter((platform) -> !platform.isEmpty())
			.collect(Collectors.joining("\n"));
		this.referralSource = details.referralSource();
		this.practitioners = details.practitionerIds()
			.stream()
			.map(AssignedPractitioner::new)
			.collect(Collectors.toCollection(HashSet::new));
		this.updatedAt = clock.instant();
	}

	/**
	 * Records the case's outcome and the agency's view of whether it had an online
	 * component.
	 * @throws InvalidAnswerException on {@code outcome} or {@code outcomeDate}
	 */
	public void recordOutcome(CaseOutcome outcome, LocalDate date, boolean onlineComponent, Clock clock) {
		if (outcome == null) {
			throw new InvalidAnswerException("outcome", "outcome.outcome.required", "An outcome is needed");
		}
		if (date == null) {
			throw new InvalidAnswerException("outcomeDate", "outcome.date.required",
					"The date of the outcome is needed");
		}
		if (date.isAfter(LocalDate.now(clock))) {
			throw new InvalidAnswerException("outcomeDate", "outcome.date.future",
					"The date of the outcome is in the future");
		}
		this.outcome = outcome;
		this.outcomeDate = date;
		this.onlineComponent = onlineComponent;
		this.updatedAt = clock.instant();
	}

	/**
	 * Marks the record as changed, so the caseload shows recent work first.
	 */
	public void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	/**
	 * Refuses details that break a rule, naming every field at fault.
	 * @throws InvalidAnswerException with a refusal for each broken rule
	 */
	static void check(YoungPersonDetails details, Clock clock) {
		InvalidAnswerException.throwIfAny(refusals(details, LocalDate.now(clock)));
	}

	/**
	 * Every rule the details break, in the order of the fields, without changing
	 * anything: for a page that shows every fault at once. Empty if the details can be
	 * recorded. Fields are named as in {@link YoungPersonDetails}.
	 */
	public static List<Refusal> refusals(YoungPersonDetails details, LocalDate today) {
		List<Refusal> refusals = new ArrayList<>();
		if (details.caseReference() == null || details.caseReference().isBlank()) {
			refusals.add(new Refusal("caseReference", "youngPerson.caseReference.required",
					"A case reference of 1 to " + MAX_CASE_REFERENCE + " characters is needed"));
		}
		else if (details.caseReference().trim().length() > MAX_CASE_REFERENCE) {
			refusals.add(new Refusal("caseReference", "youngPerson.caseReference.tooLong",
					"A case reference of 1 to " + MAX_CASE_REFERENCE + " characters is needed"));
		}
		if (details.dateOfBirth() != null) {
			int age = ageOn(details.dateOfBirth(), today);
			if (details.dateOfBirth().isAfter(today)) {
				refusals.add(new Refusal("dateOfBirth", "youngPerson.dateOfBirth.future",
						"The date of birth is in the future"));
			}
			else if (age > MAX_AGE) {
				refusals.add(new Refusal("dateOfBirth", "youngPerson.dateOfBirth.tooOld", ageRange(age)));
			}
		}
		else if (details.age() == null) {
			refusals.add(new Refusal("age", "youngPerson.age.required", "An age or a date of birth is needed"));
		}
		else if (details.age() < MIN_AGE || details.age() > MAX_AGE) {
			refusals.add(new Refusal("age", "youngPerson.age.range", ageRange(details.age())));
		}
		if (details.gender() == null) {
			refusals.add(new Refusal("gender", "youngPerson.gender.required", "A gender is needed"));
		}
		List<String> platforms = details.platforms().stream().map(String::trim).filter((p) -> !p.isEmpty()).toList();
		if (platforms.size() > MAX_PLATFORMS
				|| platforms.stream().anyMatch((platform) -> platform.length() > MAX_PLATFORM_LENGTH)) {
			refusals.add(new Refusal("platforms", "youngPerson.platforms.tooMany", "Up to " + MAX_PLATFORMS
					+ " platforms of up to " + MAX_PLATFORM_LENGTH + " characters each can be recorded"));
		}
		if (details.referralSource() == null) {
			refusals.add(new Refusal("referralSource", "youngPerson.referralSource.required",
					"A referral source is needed"));
		}
		return refusals;
	}

	private static String ageRange(int age) {
		return "Age must be from " + MIN_AGE + " to " + MAX_AGE + " but is " + age;
	}

	public static int ageOn(LocalDate dateOfBirth, LocalDate today) {
		return Period.between(dateOfBirth, today).getYears();
	}

	/** The age today, from the date of birth when there is one. */
	public int ageToday(Clock clock) {
		return (this.dateOfBirth != null) ? ageOn(this.dateOfBirth, LocalDate.now(clock)) : this.age;
	}

	public boolean isAssigned(long userId) {
		return this.practitioners.stream().anyMatch((practitioner) -> practitioner.userId() == userId);
	}

	public Set<Long> practitionerIds() {
		return this.practitioners.stream().map(AssignedPractitioner::userId).collect(Collectors.toSet());
	}

	public List<String> platforms() {
		return (this.platforms == null || this.platforms.isEmpty()) ? List.of()
				: Arrays.asList(this.platforms.split("\n"));
	}

	public YoungPersonDetails details() {
		return new YoungPersonDetails(this.caseReference, this.dateOfBirth, this.age, this.gender, this.onlineComponent,
				platforms(), this.referralSource, practitionerIds());
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

	public String getCaseReference() {
		return this.caseReference;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public Integer getAge() {
		return this.age;
	}

	public Gender getGender() {
		return this.gender;
	}

	public boolean isOnlineComponent() {
		return this.onlineComponent;
	}

	public ReferralSource getReferralSource() {
		return this.referralSource;
	}

	public CaseOutcome getOutcome() {
		return this.outcome;
	}

	public LocalDate getOutcomeDate() {
		return this.outcomeDate;
	}

	public String getFactKey() {
		return this.factKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
