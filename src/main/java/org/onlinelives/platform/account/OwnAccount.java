package org.onlinelives.platform.account;

import java.util.Optional;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.onlinelives.platform.security.PasswordChanged;
import org.onlinelives.platform.security.PasswordPolicy;
import org.onlinelives.platform.security.Sessions;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account. A password change, the end of their other sessions,
 * its access-log entry and the revocation it sets off are one transaction.
 */
@Service
class OwnAccount {

	private final Users users;

	private final AgencyDirectory agencies;

	private final PasswordEncoder passwords;

	private final PasswordPolicy passwordPolicy;

	private final AccessLog accessLog;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	OwnAccount(Users users, AgencyDirectory agencies, PasswordEncoder passwords, PasswordPolicy passwordPolicy,
			AccessLog accessLog, Sessions sessions, ApplicationEventPublisher events) {
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
		this.accessLog = accessLog;
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * The person and their agency (null for partnership-wide roles), as the page shows
	 * them.
	 */
	record Details(User user, Agency agency) {
	}

	@Transactional(readOnly = true)
	Details details(SignedInUser signedIn) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		Agency agency = (user.getAgencyId() != null)
				? this.agencies.find(user.getPartnershipId(), user.getAgencyId()).orElse(null) : null;
		return new Details(user, agency);
	}

	@Transactional(readOnly = true)
	boolean isCurrentPassword(SignedInUser signedIn, String currentPassword) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		return currentPassword != null && this.passwords.matches(currentPassword, user.getPasswordHash());
	}

	/** Why the new password would not do (a message key), if it would not. */
	@Transactional(readOnly = true)
	Optional<String> newPasswordProblem(SignedInUser signedIn, String password) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		String partnershipName = this.agencies.partnership(user.getPartnershipId())
			.map(Partnership::getName)
			.orElse(null);
		return this.passwordPolicy.problem(password, user.getEmail(), user.getDisplayName(), partnershipName);
	}

	/**
	 * Changes the password and signs out every other session of this person's (found by
	 * the id this session has in the database, so before the caller changes it).
	 */
	@Transactional
	void changePassword(SignedInUser signedIn, String password, String thisSessionId) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		user.changePassword(this.passwords.encode(password));
		this.users.save(user);
		this.sessions.endAllFor(signedIn.id(), thisSessionId);
		this.accessLog.record(signedIn, AccessEvent.PASSWORD_CHANGED, "person", signedIn.id(), null);
		// a stolen token must not outlive the password it was made under
		this.events.publishEvent(new PasswordChanged(signedIn.id(), signedIn.partnershipId()));
	}

}
