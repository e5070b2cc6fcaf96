package org.onlinelives.assessment.youngpeople;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
	 * @throws IllegalArgumentException if the details break a rule
	 */
	public static YoungPerson record(long partnershipId, long agencyId, YoungPersonDetails details, Clock clock) {
		YoungPerson person = new YoungPerson(null, partnershipId, agencyId, null, null, null, null, false, null, null,
				null, null, UUID.randomUUID().toString(), clock.instant(), clock.instant(), Set.of(), null);
		person.change(details, clock);
		return person;
	}

	/**
	 * Changes what is recorded.
	 * @throws IllegalArgumentException if the details break a rule
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
	 * @throws IllegalArgumentException naming the message key of the broken rule
	 */
	public void recordOutcome(CaseOutcome outcome, LocalDate date, boolean onlineComponent, Clock clock) {
		if (outcome == null) {
			throw new IllegalArgumentException("outcome.outcome.required");
		}
		if (date == null) {
			throw new IllegalArgumentException("outcome.date.required");
		}
		if (date.isAfter(LocalDate.now(clock))) {
			throw new IllegalArgumentException("outcome.date.future");
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

	static void check(YoungPersonDetails details, Clock clock) {
		if (details.caseReference() == null || details.caseReference().isBlank()
				|| details.caseReference().trim().length() > 40) {
			throw new IllegalArgumentException("A case reference of 1 to 40 characters is needed");
		}
		if (details.gender() == null || details.referralSource() == null) {
			throw new IllegalArgumentException("Gender and referral source are needed");
		}
		// boxed on purpose: a conditional mixing int and Integer would unbox a missing
		// age
		Integer age = (details.dateOfBirth() != null)
				? Integer.valueOf(ageOn(details.dateOfBirth(), LocalDate.now(clock))) : details.age();
		if (age == null) {
			throw new IllegalArgumentException("An age or a date of birth is needed");
		}
		if (details.dateOfBirth() != null && details.dateOfBirth().isAfter(LocalDate.now(clock))) {
			throw new IllegalArgumentException("The date of birth is in the future");
		}
		if (age < MIN_AGE || age > MAX_AGE) {
			throw new IllegalArgumentException("Age must be from " + MIN_AGE + " to " + MAX_AGE + " but is " + age);
		}
		List<String> platforms = details.platforms().stream().map(String::trim).filter((p) -> !p.isEmpty()).toList();
		if (platforms.size() > MAX_PLATFORMS
				|| platforms.stream().anyMatch((platform) -> platform.length() > MAX_PLATFORM_LENGTH)) {
			throw new IllegalArgumentException("Up to " + MAX_PLATFORMS + " platforms of up to " + MAX_PLATFORM_LENGTH
					+ " characters each can be recorded");
		}
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
