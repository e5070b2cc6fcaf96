package org.onlinelives.platform.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A safeguarding partnership: the tenant. Nothing identifiable crosses between
 * partnerships.
 */
@Table("partnership")
public class Partnership {

	@Id
	private Long id;

	private String name;

	private boolean secondFactorForEveryone;

	private boolean secondFactorPolicyChosen;

	private boolean agencyNamesForAnalysts;

	private boolean passwordSignIn;

	private Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Partnership(Long id, String name, boolean secondFactorForEveryone, boolean secondFactorPolicyChosen,
			boolean agencyNamesForAnalysts, boolean passwordSignIn, Instant createdAt, Long version) {
		this.id = id;
		this.name = name;
		this.secondFactorForEveryone = secondFactorForEveryone;
		this.secondFactorPolicyChosen = secondFactorPolicyChosen;
		this.agencyNamesForAnalysts = agencyNamesForAnalysts;
		this.passwordSignIn = passwordSignIn;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Partnership create(String name, Instant now) {
		return new Partnership(null, name, false, false, false, true, now, null);
	}

	public void rename(String name) {
		this.name = name;
	}

	/** The administrators' decision on second factors; made once they save it. */
	public void requireSecondFactorForEveryone(boolean required) {
		this.secondFactorForEveryone = required;
		this.secondFactorPolicyChosen = true;
	}

	/**
	 * Whether analysts see agencies' names in partnership audit results; otherwise they
	 * see Agency A, B, and so on.
	 */
	public void showAgencyNamesToAnalysts(boolean show) {
		this.agencyNamesForAnalysts = show;
	}

	/**
	 * Whether staff may sign in with a password as well as through single sign-on.
	 * Turning it off is refused unless single sign-on is configured, so that no one is
	 * locked out.
	 * @throws PartnershipRuleException when turning it off without single sign-on
	 */
	public void allowPasswordSignIn(boolean allowed, boolean singleSignOnConfigured) {
		if (!allowed && !singleSignOnConfigured) {
			throw new PartnershipRuleException("passwordSignIn", "partnership.passwordSignIn.needsSingleSignOn");
		}
		this.passwordSignIn = allowed;
	}

	/**
	 * The administrators' choice; sign-in goes by it only while single sign-on is
	 * configured.
	 */
	public boolean isPasswordSignIn() {
		return this.passwordSignIn;
	}

	public boolean isSecondFactorPolicyChosen() {
		return this.secondFactorPolicyChosen;
	}

	public boolean isAgencyNamesForAnalysts() {
		return this.agencyNamesForAnalysts;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public boolean isSecondFactorForEveryone() {
		return this.secondFactorForEveryone;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
