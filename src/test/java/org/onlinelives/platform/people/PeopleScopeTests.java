package org.onlinelives.platform.people;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.security.SignedInUser;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PeopleScopeTests {

	private static SignedInUser signedIn(Long agencyId, Role... roles) {
		User user = User.create(7L, agencyId, null, "p@example.org", "P", "x", Set.of(roles), Instant.EPOCH);
		return new SignedInUser(withId(user), false, false);
	}

	private static User withId(User user) {
		return new User(42L, user.getPartnershipId(), user.getAgencyId(), null, user.getEmail(), user.getDisplayName(),
				user.getPasswordHash(), true, 0, null, null, false, null, Instant.EPOCH, null,
				user.roles().stream().map(UserRole::new).collect(java.util.stream.Collectors.toSet()), Set.of(), 0L);
	}

	@Test
	void anAdministratorManagesTheWholePartnershipAndEveryRole() {
		PeopleScope scope = PeopleScope.of(signedIn(null, Role.PARTNERSHIP_ADMIN));
		assertThat(scope.agencyId()).isNull();
		assertThat(scope.covers(123L)).isTrue();
		assertThat(scope.assignableRoles()).contains(Role.PARTNERSHIP_ADMIN);
	}

	@Test
	void anAgencyLeadManagesOnlyTheirAgencyAndCannotMakeAdministrators() {
		PeopleScope scope = PeopleScope.of(signedIn(5L, Role.AGENCY_LEAD));
		assertThat(scope.covers(5L)).isTrue();
		assertThat(scope.covers(6L)).isFalse();
		assertThat(scope.assignableRoles()).containsExactlyInAnyOrder(Role.AGENCY_LEAD, Role.PRACTITIONER);
	}

	@Test
	void aLeadNeitherGrantsNorRemovesPartnershipWideRoles() {
		PeopleScope lead = PeopleScope.of(signedIn(5L, Role.AGENCY_LEAD));
		assertThat(lead.resultingRoles(Set.of(Role.PRACTITIONER, Role.QA_REVIEWER), Set.of(Role.AGENCY_LEAD)))
			.containsExactlyInAnyOrder(Role.AGENCY_LEAD, Role.QA_REVIEWER);
		PeopleScope admin = PeopleScope.of(signedIn(null, Role.PARTNERSHIP_ADMIN));
		assertThat(admin.resultingRoles(Set.of(Role.PRACTITIONER, Role.QA_REVIEWER), Set.of(Role.PRACTITIONER)))
			.containsExactly(Role.PRACTITIONER);
	}

	@Test
	void othersManageNobody() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> PeopleScope.of(signedIn(5L, Role.PRACTITIONER, Role.QA_REVIEWER)));
	}

}
