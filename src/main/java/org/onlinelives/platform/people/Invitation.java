package org.onlinelives.platform.people;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use invitation to join a partnership. Only a hash of its token is stored.
 */
@Table("invitation")
public class Invitation {

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long teamId;

	private String email;

	private String displayName;

	private String roles;

	private String tokenHash;

	private Long invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant acceptedAt;

	private Instant revokedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Invitation(Long id, Long partnershipId, Long agencyId, Long teamId, String email, String displayName, String roles,
			String tokenHash, Long invitedBy, Instant createdAt, Instant expiresAt, Instant acceptedAt,
			Instant revokedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.teamId = teamId;
		this.email = email;
		this.displayName = displayName;
		this.roles = roles;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.acceptedAt = acceptedAt;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	public static Invitation create(Long partnershipId, Long agencyId, Long teamId, String email, String displayName,
			Collection<Role> roles, String tokenHash, Long invitedBy, Instant now, Instant expiresAt) {
		String roleList = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		return new Invitation(null, partnershipId, agencyId, teamId, User.normaliseEmail(email), displayName, roleList,
				tokenHash, invitedBy, now, expiresAt, null, null, null);
	}

	public boolean isOpen(Instant now) {
		return this.acceptedAt == null && this.revokedAt == null && this.expiresAt.isAfter(now);
	}

	public void accept(Instant now) {
		if (!isOpen(now)) {
			throw new IllegalStateException("This invitation can no longer be used");
		}
		this.acceptedAt = now;
	}

	public void revoke(Instant now) {
		if (this.acceptedAt == null && this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public Set<Role> roleSet() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		Arrays.stream(this.roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(result::add);
		return result;
	}

	public String status(Instant now) {
		if (this.acceptedAt != null) {
			return "ACCEPTED";
		}
		if (this.revokedAt != null) {
			return "REVOKED";
		}
		return this.expiresAt.isAfter(now) ? "OPEN" : "EXPIRED";
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

	public String getTokenHash() {
		return this.tokenHash;
	}

	public Long getInvitedBy() {
		return this.invitedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
