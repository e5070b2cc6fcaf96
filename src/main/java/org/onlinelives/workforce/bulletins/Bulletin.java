package org.onlinelives.workforce.bulletins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.onlinelives.platform.people.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bulletin from the partnership to its staff, such as a new app young people are using
 * or a CEOP or CPS update (the Dudley online safety evaluation found practitioners wanted
 * help keeping up to date). It goes to chosen roles and agencies, or to everyone; it is a
 * draft until published and cannot change afterwards, so everyone acknowledges the same
 * words.
 */
@Table("bulletin")
public class Bulletin {

	public static final int MAX_TITLE = 200;

	public static final int MAX_BODY = 10000;

	/** A role the bulletin is for. */
	@Table("bulletin_role")
	record Audience(Role role) {
	}

	/** An agency the bulletin is for. */
	@Table("bulletin_agency")
	record AudienceAgency(Long agencyId) {
	}

	@Id
	private Long id;

	private Long partnershipId;

	private String title;

	private String body;

	@MappedCollection(idColumn = "bulletin_id")
	private Set<Audience> roles;

	@MappedCollection(idColumn = "bulletin_id")
	private Set<AudienceAgency> agencies;

	private Long createdBy;

	private Instant createdAt;

	private Long publishedBy;

	private Instant publishedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Bulletin(Long id, Long partnershipId, String title, String body, Set<Audience> roles, Set<AudienceAgency> agencies,
			Long createdBy, Instant createdAt, Long publishedBy, Instant publishedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.title = title;
		this.body = body;
		this.roles = (roles != null) ? roles : Set.of();
		this.agencies = (agencies != null) ? agencies : Set.of();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
		this.version = version;
	}

	/**
	 * What an administrator writes: the words, and who it is for (no roles means every
	 * role, no agencies means every agency).
	 */
	public record Details(String title, String body, Collection<Role> roles, Collection<Long> agencyIds) {
	}

	/**
	 * Starts a draft.
	 * @throws BulletinRuleException when a detail breaks a rule, naming the field
	 */
	public static Bulletin draft(Long partnershipId, Details details, Long author, Instant now) {
		Bulletin bulletin = new Bulletin(null, partnershipId, null, null, Set.of(), Set.of(), author, now, null, null,
				null);
		bulletin.change(details);
		return bulletin;
	}

	/**
	 * Changes a draft.
	 * @throws BulletinRuleException when the bulletin is already published, or a detail
	 * breaks a rule
	 */
	public void change(Details details) {
		if (isPublished()) {
			throw new BulletinRuleException(null, "bulletin.published.noChange");
		}
		BulletinRuleException.throwIfAny(problemsWith(details));
		this.title = details.title().strip();
		this.body = details.body().strip();
		this.roles = (details.roles() == null) ? Set.of()
				: details.roles().stream().map(Audience::new).collect(Collectors.toSet());
		this.agencies = (details.agencyIds() == null) ? Set.of()
				: details.agencyIds().stream().map(AudienceAgency::new).collect(Collectors.toSet());
	}

	/** Every rule the details break, in the order of the form's fields. */
	public static List<BulletinRuleException.Problem> problemsWith(Details details) {
		List<BulletinRuleException.Problem> problems = new ArrayList<>();
		String cleanTitle = (details.title() != null) ? details.title().strip() : "";
		if (cleanTitle.isEmpty()) {
			problems.add(new BulletinRuleException.Problem("title", "bulletin.title.required"));
		}
		else if (cleanTitle.length() > MAX_TITLE) {
			problems.add(new BulletinRuleException.Problem("title", "bulletin.title.tooLong"));
		}
		String cleanBody = (details.body() != null) ? details.body().strip() : "";
		if (cleanBody.isEmpty()) {
			problems.add(new BulletinRuleException.Problem("body", "bulletin.body.required"));
		}
		else if (cleanBody.length() > MAX_BODY) {
			problems.add(new BulletinRuleException.Problem("body", "bulletin.body.tooLong"));
		}
		return problems;
	}

	/**
	 * Sends the bulletin to the people it is for.
	 * @throws BulletinRuleException when it was published already
	 */
	public void publish(Long publisher, Instant now) {
		if (isPublished()) {
			throw new BulletinRuleException(null, "bulletin.published.already");
		}
		this.publishedBy = publisher;
		this.publishedAt = now;
	}

	/**
	 * Whether a person with these roles, working in this agency (null for none), is one
	 * of the people the bulletin is for. Naming agencies leaves out people who work for
	 * no agency.
	 */
	public boolean reaches(Collection<Role> personRoles, Long personAgencyId) {
		boolean roleMatches = this.roles.isEmpty()
				|| this.roles.stream().anyMatch((audience) -> personRoles.contains(audience.role()));
		boolean agencyMatches = this.agencies.isEmpty() || (personAgencyId != null
				&& this.agencies.stream().anyMatch((audience) -> personAgencyId.equals(audience.agencyId())));
		return roleMatches && agencyMatches;
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public List<String> paragraphs() {
		return Paragraphs.of(this.body);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	/** The roles it is for, in a stable order; empty for every role. */
	public Set<Role> getRoles() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		this.roles.forEach((audience) -> set.add(audience.role()));
		return set;
	}

	/** The agencies it is for, in id order; empty for every agency. */
	public Set<Long> getAgencyIds() {
		return this.agencies.stream().map(AudienceAgency::agencyId).collect(Collectors.toCollection(TreeSet::new));
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
