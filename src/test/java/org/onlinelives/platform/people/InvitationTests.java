package org.onlinelives.platform.people;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class InvitationTests {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private Invitation invitation() {
		return Invitation.create(1L, 2L, null, "New@Example.org", "New Person",
				EnumSet.of(Role.QA_REVIEWER, Role.PRACTITIONER), "hash", 9L, NOW, NOW.plus(Duration.ofDays(7)));
	}

	@Test
	void itIsOpenUntilItExpires() {
		Invitation invitation = invitation();
		assertThat(invitation.isOpen(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
		assertThat(invitation.isOpen(NOW.plus(Duration.ofDays(7)))).isFalse();
		assertThat(invitation.status(NOW.plus(Duration.ofDays(8)))).isEqualTo("EXPIRED");
	}

	@Test
	void itCanBeAcceptedOnlyOnce() {
		Invitation invitation = invitation();
		invitation.accept(NOW);
		assertThat(invitation.status(NOW)).isEqualTo("ACCEPTED");
		assertThatIllegalStateException().isThrownBy(() -> invitation.accept(NOW));
	}

	@Test
	void aWithdrawnInvitationCannotBeAccepted() {
		Invitation invitation = invitation();
		invitation.revoke(NOW);
		assertThat(invitation.status(NOW)).isEqualTo("REVOKED");
		assertThatIllegalStateException().isThrownBy(() -> invitation.accept(NOW));
	}

	@Test
	void itKeepsItsRolesAndANormalisedEmail() {
		Invitation invitation = invitation();
		assertThat(invitation.roleSet()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.QA_REVIEWER);
		assertThat(invitation.getEmail()).isEqualTo("new@example.org");
	}

	@Test
	void theTokenIsStoredAsItsSha256() {
		assertThat(InvitationService.hash("token")).hasSize(64)
			.isEqualTo("3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0");
	}

}
