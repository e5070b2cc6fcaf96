package org.onlinelives.families.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry in the partnership's help directory: a service, who it is for, the Cs and
 * ages it helps with, how to reach it, and who checks it by when. Only administrators
 * change it; its owner (or an administrator) records that it has been checked.
 */
@Table("directory_entry")
public class DirectoryEntry {

	public static final int MAX_NAME = 200;

	public static final int MAX_DESCRIPTION = 500;

	public static final int MAX_HOURS = 200;

	public static final int MAX_EMAIL = 320;

	/** Records run to 25 (PRODUCT.md §4): ages served are 0 to 25. */
	public static final int MAX_AGE = 25;

	/** A review date further away than this is not a review. */
	public static final int MAX_REVIEW_YEARS = 3;

	/** Checking an entry sets its next review this far ahead. */
	public static final int REVIEW_EVERY_MONTHS = 12;

	private static final Pattern PHONE = Pattern.compile("[0-9 +()-]{3,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern WEB_ADDRESS = Pattern.compile("https://[^\\s]{3,490}");

	@Id
	private Long id;

	private Long partnershipId;

	private String name;

	@Column("service")
	private ServiceKind kind;

	private String description;

	private String audiences;

	private String topics;

	private Reach reach;

	private Integer minAge;

	private Integer maxAge;

	private String phone;

	private String email;

	private String webAddress;

	private String hours;

	private LocalDate reviewDate;

	private Long ownerId;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	DirectoryEntry(Long id, Long partnershipId, String name, ServiceKind kind, String description, String audiences,
			String topics, Reach reach, Integer minAge, Integer maxAge, String phone, String email, String webAddress,
			String hours, LocalDate reviewDate, Long ownerId, Instant updatedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.name = name;
		this.kind = kind;
		this.description = description;
		this.audiences = audiences;
		this.topics = topics;
		this.reach = reach;
		this.minAge = minAge;
		this.maxAge = maxAge;
		this.phone = phone;
		this.email = email;
		this.webAddress = webAddress;
		this.hours = hours;
		this.reviewDate = reviewDate;
		this.ownerId = ownerId;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * Adds an entry to a partnership's directory.
	 * @param ownerId the person who checks it
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 */
	public static DirectoryEntry create(long partnershipId, EntryDetails details, Long ownerId, Clock clock) {
		DirectoryEntry entry = new DirectoryEntry(null, partnershipId, null, null, null, "", "", null, null, null, null,
				null, null, null, null, null, null, null);
		entry.change(details, ownerId, clock);
		return entry;
	}

	/**
	 * Changes the entry's details and owner.
	 * @throws HelpRuleException when a detail breaks a rule, naming the field
	 */
	public void change(EntryDetails details, Long ownerId, Clock clock) {
		HelpRuleException.throwIfAny(problemsWith(details, ownerId, LocalDate.now(clock)));
		this.name = details.name().strip();
		this.kind = details.kind();
		this.description = clean(details.description());
		this.audiences = Codes.join(details.audiences());
		this.topics = Codes.join(details.topics());
		this.reach = details.reach();
		this.minAge = details.minAge();
		this.maxAge = details.maxAge();
		this.phone = clean(details.phone());
		this.email = clean(details.email());
		this.webAddress = clean(details.webAddress());
		this.hours = clean(details.hours());
		this.reviewDate = details.reviewDate();
		this.ownerId = ownerId;
		this.updatedAt = clock.instant();
	}

	/**
	 * Records that the details were checked and are right: the next review is a year on.
	 */
	public void markReviewed(Clock clock) {
		this.reviewDate = LocalDate.now(clock).plusMonths(REVIEW_EVERY_MONTHS);
		this.updatedAt = clock.instant();
	}

	/** Every rule the details break, in the order of the form's fields. */
	public static List<HelpRuleException.Problem> problemsWith(EntryDetails details, Long ownerId, LocalDate today) {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		String cleanName = (details.name() != null) ? details.name().strip() : "";
		if (cleanName.isEmpty()) {
			problems.add(problem("name", "directory.name.required"));
		}
		else if (cleanName.length() > MAX_NAME) {
			problems.add(problem("name", "directory.name.tooLong"));
		}
		if (details.kind() == null) {
			problems.add(problem("kind", "directory.kind.required"));
		}
		if (length(details.description()) > MAX_DESCRIPTION) {
			problems.add(problem("description", "directory.description.tooLong"));
		}
		if (details.audiences().isEmpty()) {
			problems.add(problem("audiences", "directory.audiences.required"));
		}
		if (details.topics().isEmpty()) {
			problems.add(problem("topics", "directory.topics.required"));
		}
		if (details.reach() == null) {
			problems.add(problem("reach", "directory.reach.required"));
		}
		problems.addAll(ageProblems(details.minAge(), details.maxAge()));
		problems.addAll(reachProblems(details));
		if (length(details.hours()) > MAX_HOURS) {
			problems.add(problem("hours", "directory.hours.tooLong"));
		}
		if (details.reviewDate() == null) {
			problems.add(problem("reviewDate", "directory.reviewDate.required"));
		}
		else if (details.reviewDate().isAfter(today.plusYears(MAX_REVIEW_YEARS))) {
			problems.add(problem("reviewDate", "directory.reviewDate.tooFar"));
		}
		if (ownerId == null) {
			problems.add(problem("owner", "directory.owner.required"));
		}
		return problems;
	}

	private static List<HelpRuleException.Problem> ageProblems(Integer minAge, Integer maxAge) {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		if (minAge != null && (minAge < 0 || minAge > MAX_AGE)) {
			problems.add(problem("minAge", "directory.age.range"));
		}
		if (maxAge != null && (maxAge < 0 || maxAge > MAX_AGE)) {
			problems.add(problem("maxAge", "directory.age.range"));
		}
		else if (minAge != null && maxAge != null && minAge <= MAX_AGE && minAge >= 0 && maxAge < minAge) {
			problems.add(problem("maxAge", "directory.age.order"));
		}
		return problems;
	}

	// At least one way to reach the service, and each in a form that works when tapped.
	private static List<HelpRuleException.Problem> reachProblems(EntryDetails details) {
		List<HelpRuleException.Problem> problems = new ArrayList<>();
		String phone = clean(details.phone());
		String email = clean(details.email());
		String web = clean(details.webAddress());
		if (phone == null && email == null && web == null) {
			problems.add(problem("phone", "directory.phone.oneWayNeeded"));
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(problem("phone", "directory.phone.invalid"));
		}
		if (email != null && email.length() > MAX_EMAIL) {
			problems.add(problem("email", "directory.email.tooLong"));
		}
		else if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(problem("email", "directory.email.invalid"));
		}
		if (web != null && !WEB_ADDRESS.matcher(web).matches()) {
			problems.add(problem("webAddress", "directory.webAddress.invalid"));
		}
		return problems;
	}

	/** The entry as other modules and pages show it. */
	public HelpEntry view(LocalDate today) {
		return new HelpEntry(this.id, this.name, this.kind, this.description, audiences(), topics(), this.reach,
				this.minAge, this.maxAge, this.phone, this.email, this.webAddress, this.hours, this.reviewDate,
				reviewStatus(today) == ReviewStatus.OVERDUE);
	}

	public ReviewStatus reviewStatus(LocalDate today) {
		return ReviewStatus.of(this.reviewDate, today);
	}

	/** Whether this person keeps the entry up to date. */
	public boolean isOwnedBy(long userId) {
		return this.ownerId != null && this.ownerId == userId;
	}

	public Set<Audience> audiences() {
		return Codes.split(Audience.class, this.audiences);
	}

	public Set<HelpTopic> topics() {
		return Codes.split(HelpTopic.class, this.topics);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public String getName() {
		return this.name;
	}

	public ServiceKind getKind() {
		return this.kind;
	}

	public LocalDate getReviewDate() {
		return this.reviewDate;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Long getVersion() {
		return this.version;
	}

	private static HelpRuleException.Problem problem(String field, String key) {
		return new HelpRuleException.Problem(field, key);
	}

	private static int length(String text) {
		return (text != null) ? text.strip().length() : 0;
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
