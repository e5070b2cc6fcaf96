package org.onlinelives.platform.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class UserTests {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private User user(Role... roles) {
		return User.create(1L, 2L, null, " Sam.Worker@Example.ORG ", "Sam Worker", "{bcrypt}hash", Set.of(roles), NOW);
	}

	@Test
	void emailAddressesAreStoredTrimmedAndInLowerCase() {
		assertThat(user(Role.PRACTITIONER).getEmail()).isEqualTo("sam.worker@example.org");
	}

	@Test
	void administratorsAndLeadsAlwaysNeedASecondFactorOthersOnlyWhenThePartnershipSays() {
		assertThat(user(Role.PARTNERSHIP_ADMIN).secondFactorRequired(false)).isTrue();
		assertThat(user(Role.AGENCY_LEAD, Role.PRACTITIONER).secondFactorRequired(false)).isTrue();
		assertThat(user(Role.PRACTITIONER).secondFactorRequired(false)).isFalse();
		// QA reviewers and analysts see across agencies: always a second factor
		assertThat(user(Role.PRACTITIONER, Role.QA_REVIEWER).secondFactorRequired(false)).isTrue();
		assertThat(user(Role.ANALYST).secondFactorRequired(false)).isTrue();
		assertThat(user(Role.ANALYST).secondFactorRequired(true)).isTrue();
	}

	@Test
	void aPersonKeepsAtLeastOneRole() {
		User user = user(Role.PRACTITIONER);
		assertThatIllegalArgumentException().isThrownBy(() -> user.changeRoles(Set.of()));
		user.changeRoles(EnumSet.of(Role.QA_REVIEWER, Role.ANALYST));
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.QA_REVIEWER, Role.ANALYST);
	}

	@Test
	void theSecondFactorIsTrustedOnlyOnceConfirmed() {
		User user = user(Role.AGENCY_LEAD);
		assertThatIllegalStateException().isThrownBy(() -> user.confirmSecondFactor(List.of("h")));
		user.startSecondFactorSetUp("SECRET");
		assertThat(user.isTotpEnabled()).isFalse();
		user.confirmSecondFactor(List.of("h1", "h2"));
		assertThat(user.isTotpEnabled()).isTrue();
		assertThat(user.unusedRecoveryCodes()).isEqualTo(2);
	}

	@Test
	void deactivationAndReactivation() {
		User user = user(Role.PRACTITIONER);
		user.deactivate();
		assertThat(user.isActive()).isFalse();
		user.reactivate();
		assertThat(user.isActive()).isTrue();
	}

	@Test
	void aRecoveryCodeIsUsedOnce() {
		User user = user(Role.AGENCY_LEAD);
		user.startSecondFactorSetUp("SECRET");
		user.confirmSecondFactor(List.of("h1", "h2"));
		assertThat(user.useRecoveryCode("h1"::equals, NOW)).isTrue();
		assertThat(user.useRecoveryCode("h1"::equals, NOW)).isFalse();
		assertThat(user.unusedRecoveryCodes()).isEqualTo(1);
	}

}
