package org.onlinelives.platform.people;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. Belongs to one partnership and, unless they work at partnership
 * level, one agency.
 */
@Table("app_user")
public class User {

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long teamId;

	private String email;

	private String displayName;

	private String passwordHash;

	private boolean active;

	@ReadOnlyProperty
	private int failedAttempts;

	@ReadOnlyProperty
	private Instant lockedUntil;

	private String totpSecret;

	private boolean totpEnabled;

	@ReadOnlyProperty
	private Long totpLastStep;

	private Instant createdAt;

	@ReadOnlyProperty
	private Instant lastSignedInAt;

	@MappedCollection(idColumn = "user_id")
	private Set<UserRole> roles;

	@MappedCollection(idColumn = "user_id")
	private Set<RecoveryCode> recoveryCodes;

	@Version
	private Long version;

	@PersistenceCreator
	User(Long id, Long partnershipId, Long agencyId, Long teamId, String email, String displayName, String passwordHash,
			boolean active, int failedAttempts, Instant lockedUntil, String totpSecret, boolean totpEnabled,
			Long totpLastStep, Instant createdAt, Instant lastSignedInAt, Set<UserRole> roles,
			Set<RecoveryCode> recoveryCodes, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.teamId = teamId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.active = active;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.totpSecret = totpSecret;
		this.totpEnabled = totpEnabled;
		this.totpLastStep = totpLastStep;
		this.createdAt = createdAt;
		this.lastSignedInAt = lastSignedInAt;
		this.roles = new HashSet<>(roles);
		this.recoveryCodes = new HashSet<>(recoveryCodes);
		this.version = version;
	}

	public static User create(Long partnershipId, Long agencyId, Long teamId, String email, String displayName,
			String passwordHash, Collection<Role> roles, Instant now) {
		Set<UserRole> userRoles = roles.stream().map(UserRole::new).collect(Collectors.toSet());
		return new User(null, partnershipId, agencyId, teamId, normaliseEmail(email), displayName, passwordHash, true,
				0, null, null, false, null, now, null, userRoles, Set.of(), null);
	}

	public static String normaliseEmail(String email) {
		return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public void changeRoles(Collection<Role> newRoles) {
		if (newRoles.isEmpty()) {
			throw new IllegalArgumentException("A person needs at least one role");
		}
		this.roles = newRoles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
	}

	public void moveTo(Long agencyId, Long teamId) {
		this.agencyId = agencyId;
		this.teamId = teamId;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Starts second-factor set-up: the secret is kept but not trusted until a code proves
	 * it.
	 */
	public void startSecondFactorSetUp(String secret) {
		this.totpSecret = secret;
		this.totpEnabled = false;
	}

	public void confirmSecondFactor(List<String> recoveryCodeHashes) {
		if (this.totpSecret == null) {
			throw new IllegalStateException("Second factor set-up was not started");
		}
		this.totpEnabled = true;
		replaceRecoveryCodes(recoveryCodeHashes);
	}

	public void replaceRecoveryCodes(List<String> recoveryCodeHashes) {
		this.recoveryCodes = recoveryCodeHashes.stream()
			.map(hash -> new RecoveryCode(null, hash, null))
			.collect(Collectors.toCollection(HashSet::new));
	}

	/** Uses the first unused recovery code that matches; returns whether one did. */
	public boolean useRecoveryCode(Predicate<String> matchesHash, Instant now) {
		for (RecoveryCode code : this.recoveryCodes) {
			if (code.unused() && matchesHash.test(code.codeHash())) {
				this.recoveryCodes.remove(code);
				this.recoveryCodes.add(code.use(now));
				return true;
			}
		}
		return false;
	}

	public long unusedRecoveryCodes() {
		return this.recoveryCodes.stream().filter(RecoveryCode::unused).count();
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		this.roles.forEach(r -> result.add(r.role()));
		return result;
	}

	public boolean hasRole(Role role) {
		return roles().contains(role);
	}

	/**
	 * Administrators and agency leads always need a second factor; others when the
	 * partnership says so.
	 */
	public boolean secondFactorRequired(boolean partnershipRequiresForEveryone) {
		return partnershipRequiresForEveryone || roles().stream().anyMatch(Role::requiresSecondFactor);
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

	public Long getTeamId() {
		return this.teamId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public String getTotpSecret() {
		return this.totpSecret;
	}

	public boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastSignedInAt() {
		return this.lastSignedInAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
