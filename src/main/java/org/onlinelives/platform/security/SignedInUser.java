package org.onlinelives.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, with the partnership and agency that scope
 * everything they can see. Other modules take it with {@code @AuthenticationPrincipal}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final long partnershipId;

	private final Long agencyId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private final boolean secondFactorEnabled;

	private final boolean secondFactorRequired;

	private String passwordHash;

	public SignedInUser(User user, boolean partnershipRequiresSecondFactor, boolean locked) {
		this.id = user.getId();
		this.partnershipId = user.getPartnershipId();
		this.agencyId = user.getAgencyId();
		this.email = user.getEmail();
		this.displayName = user.getDisplayName();
		this.roles = EnumSet.copyOf(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : user.roles());
		this.enabled = user.isActive();
		this.locked = locked;
		this.secondFactorEnabled = user.isTotpEnabled();
		this.secondFactorRequired = user.secondFactorRequired(partnershipRequiresSecondFactor);
		this.passwordHash = user.getPasswordHash();
	}

	public long id() {
		return this.id;
	}

	public long partnershipId() {
		return this.partnershipId;
	}

	/** The agency the person works in; empty for partnership-level staff. */
	public Long agencyId() {
		return this.agencyId;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdministrator() {
		return hasRole(Role.PARTNERSHIP_ADMIN);
	}

	public boolean secondFactorEnabled() {
		return this.secondFactorEnabled;
	}

	public boolean secondFactorRequired() {
		return this.secondFactorRequired;
	}

	/**
	 * The authorities of a fully signed-in person: every role plus
	 * {@link SignInStage#SIGNED_IN}.
	 */
	public List<GrantedAuthority> fullAuthorities() {
		List<GrantedAuthority> result = new ArrayList<>();
		result.add(new SimpleGrantedAuthority(SignInStage.SIGNED_IN));
		this.roles.forEach(role -> result.add(new SimpleGrantedAuthority(role.authority())));
		return result;
	}

	/**
	 * Only proof of the password. Full authorities are granted by {@link SignInStages}
	 * once every required factor is in, so a missed step can never leave someone signed
	 * in.
	 */
	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("PASSWORD_VERIFIED"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.id + "]";
	}

}
