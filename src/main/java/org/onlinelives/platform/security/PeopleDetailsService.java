package org.onlinelives.platform.security;

import java.time.Clock;

import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the person who is signing in, by email address.
 */
@Service
class PeopleDetailsService implements UserDetailsService {

	private final Users users;

	private final Partnerships partnerships;

	private final Clock clock;

	PeopleDetailsService(Users users, Partnerships partnerships, Clock clock) {
		this.users = users;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		User user = this.users.findByEmail(User.normaliseEmail(email))
			.orElseThrow(() -> new UsernameNotFoundException("No such person"));
		return signedIn(user);
	}

	SignedInUser signedIn(User user) {
		boolean everyone = this.partnerships.findById(user.getPartnershipId())
			.map((partnership) -> partnership.isSecondFactorForEveryone())
			.orElse(false);
		return new SignedInUser(user, everyone, user.isLocked(this.clock.instant()));
	}

}
