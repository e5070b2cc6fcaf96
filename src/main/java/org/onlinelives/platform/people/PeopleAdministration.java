package org.onlinelives.platform.people;

import org.onlinelives.platform.people.internal.Users;
import java.util.List;
import java.util.Set;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.platform.security.Sessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators and agency leads managing people in their scope: roles, deactivation.
 * Changes end the person's current sessions so they take effect at once.
 */
@Service
public class PeopleAdministration {

	public static final int PAGE_SIZE = 25;

	private final Users users;

	private final AccessLog accessLog;

	private final Sessions sessions;

	private final SignInCounters counters;

	PeopleAdministration(Users users, AccessLog accessLog, Sessions sessions, SignInCounters counters) {
		this.users = users;
		this.accessLog = accessLog;
		this.sessions = sessions;
		this.counters = counters;
	}

	public List<User> page(SignedInUser manager, Long agencyFilter, int page) {
		PeopleScope scope = PeopleScope.of(manager);
		Long agency = scope.administrator() ? agencyFilter : scope.agencyId();
		return this.users.page(scope.partnershipId(), agency, PAGE_SIZE, (long) (Math.max(page, 1) - 1) * PAGE_SIZE);
	}

	public long count(SignedInUser manager, Long agencyFilter) {
		PeopleScope scope = PeopleScope.of(manager);
		return this.users.countIn(scope.partnershipId(), scope.administrator() ? agencyFilter : scope.agencyId());
	}

	public User get(SignedInUser manager, long userId) {
		PeopleScope scope = PeopleScope.of(manager);
		return (scope.administrator() ? this.users.findByIdAndPartnershipId(userId, scope.partnershipId())
				: this.users.findByIdAndPartnershipIdAndAgencyId(userId, scope.partnershipId(), scope.agencyId()))
			.orElseThrow(() -> new RecordNotFoundException("person", userId));
	}

	/** Why a manager may not change this person, as a message key; null when they may. */
	public String refusalToChange(SignedInUser manager, User person) {
		if (person.getId().equals(manager.id())) {
			return "people.refused.self";
		}
		if (!PeopleScope.of(manager).administrator() && person.hasRole(Role.PARTNERSHIP_ADMIN)) {
			return "people.refused.administrator";
		}
		return null;
	}

	@Transactional
	public void changeRoles(SignedInUser manager, long userId, Set<Role> roles, Long expectedVersion) {
		User person = get(manager, userId);
		requireAllowed(manager, person);
		PeopleScope scope = PeopleScope.of(manager);
		if (!scope.assignableRoles().containsAll(roles)) {
			throw new IllegalArgumentException("Role not assignable by this manager");
		}
		Set<Role> before = person.roles();
		Set<Role> after = scope.resultingRoles(before, roles);
		if (!fitsWhereTheyWork(person.getAgencyId(), after)) {
			throw new IllegalArgumentException("Agency roles need an agency");
		}
		requireVersion(person, expectedVersion);
		person.changeRoles(after);
		this.users.save(person);
		endSessions(person);
		this.accessLog.record(manager, AccessEvent.ROLES_CHANGED, "person", userId,
				Role.inWords(before) + " to " + Role.inWords(after));
	}

	@Transactional
	public void deactivate(SignedInUser manager, long userId) {
		User person = get(manager, userId);
		requireAllowed(manager, person);
		person.deactivate();
		this.users.save(person);
		endSessions(person);
		this.accessLog.record(manager, AccessEvent.USER_DEACTIVATED, "person", userId, person.getEmail());
	}

	@Transactional
	public void reactivate(SignedInUser manager, long userId) {
		User person = get(manager, userId);
		requireAllowed(manager, person);
		person.reactivate();
		this.users.save(person);
		this.counters.clearLock(userId);
		this.accessLog.record(manager, AccessEvent.USER_REACTIVATED, "person", userId, person.getEmail());
	}

	private void requireAllowed(SignedInUser manager, User person) {
		if (refusalToChange(manager, person) != null) {
			throw new IllegalStateException(refusalToChange(manager, person));
		}
	}

	private static void requireVersion(User person, Long expectedVersion) {
		if (expectedVersion != null && !expectedVersion.equals(person.getVersion())) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Person changed by someone else");
		}
	}

	private void endSessions(User person) {
		this.sessions.endAllFor(person.getId(), null);
	}

	/**
	 * Roles that need an agency (lead, practitioner) cannot go to someone who works at
	 * partnership level: their case-level queries would have no agency to be scoped to.
	 */
	public static boolean fitsWhereTheyWork(Long agencyId, Set<Role> roles) {
		return agencyId != null || roles.stream().allMatch(Role::isPartnershipWide);
	}

}
