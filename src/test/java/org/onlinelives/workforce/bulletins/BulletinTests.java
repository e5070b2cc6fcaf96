package org.onlinelives.workforce.bulletins;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onlinelives.platform.people.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BulletinTests {

	private static final Instant NOW = Instant.parse("2026-06-04T13:05:00Z");

	private static Bulletin draft(List<Role> roles, List<Long> agencies) {
		return Bulletin.draft(1L, new Bulletin.Details("New app: Wink", "Para one.\n\nPara two.", roles, agencies), 9L,
				NOW);
	}

	static Stream<Arguments> audiences() {
		Set<Role> practitioner = EnumSet.of(Role.PRACTITIONER);
		Set<Role> leadAndAnalyst = EnumSet.of(Role.AGENCY_LEAD, Role.ANALYST);
		return Stream.of(
				// roles it is for, agencies it is for, the person's roles, their agency,
				// reached
				arguments(List.of(), List.of(), practitioner, 5L, true),
				arguments(List.of(), List.of(), EnumSet.of(Role.PARTNERSHIP_ADMIN), null, true),
				arguments(List.of(Role.PRACTITIONER), List.of(), practitioner, 5L, true),
				arguments(List.of(Role.PRACTITIONER), List.of(), leadAndAnalyst, 5L, false),
				arguments(List.of(Role.PRACTITIONER, Role.ANALYST), List.of(), leadAndAnalyst, 5L, true),
				arguments(List.of(), List.of(5L), practitioner, 5L, true),
				arguments(List.of(), List.of(5L), practitioner, 6L, false),
				arguments(List.of(), List.of(5L, 6L), practitioner, 6L, true),
				// naming agencies leaves out partnership staff who work for none
				arguments(List.of(), List.of(5L), EnumSet.of(Role.PARTNERSHIP_ADMIN), null, false),
				arguments(List.of(Role.PRACTITIONER), List.of(5L), practitioner, 6L, false),
				arguments(List.of(Role.AGENCY_LEAD), List.of(5L), practitioner, 5L, false),
				arguments(List.of(Role.AGENCY_LEAD), List.of(5L), leadAndAnalyst, 5L, true));
	}

	@ParameterizedTest
	@MethodSource("audiences")
	void reachesExactlyThePeopleInItsRolesAndAgencies(List<Role> roles, List<Long> agencies, Set<Role> personRoles,
			Long personAgency, boolean reached) {
		assertThat(draft(roles, agencies).reaches(personRoles, personAgency)).isEqualTo(reached);
	}

	@Test
	void aDraftNeedsATitleAndTextAndReportsBothAtOnce() {
		assertThatThrownBy(() -> Bulletin.draft(1L, new Bulletin.Details("  ", null, List.of(), List.of()), 9L, NOW))
			.isInstanceOfSatisfying(BulletinRuleException.class,
					(refusal) -> assertThat(refusal.problems()).extracting(BulletinRuleException.Problem::field)
						.containsExactly("title", "body"));
		assertThatThrownBy(() -> Bulletin.draft(1L,
				new Bulletin.Details("x".repeat(Bulletin.MAX_TITLE + 1), "y".repeat(Bulletin.MAX_BODY + 1), List.of(),
						List.of()),
				9L, NOW))
			.isInstanceOfSatisfying(BulletinRuleException.class,
					(refusal) -> assertThat(refusal.problems()).extracting(BulletinRuleException.Problem::messageKey)
						.containsExactly("bulletin.title.tooLong", "bulletin.body.tooLong"));
	}

	@Test
	void aPublishedBulletinCannotChangeOrBePublishedAgain() {
		Bulletin bulletin = draft(List.of(Role.PRACTITIONER), List.of());
		bulletin.change(new Bulletin.Details(" CEOP update ", " Text ", List.of(), List.of(7L)));
		assertThat(bulletin.getTitle()).isEqualTo("CEOP update");
		assertThat(bulletin.getRoles()).isEmpty();
		assertThat(bulletin.getAgencyIds()).containsExactly(7L);
		assertThat(bulletin.isPublished()).isFalse();

		bulletin.publish(9L, NOW);
		assertThat(bulletin.isPublished()).isTrue();
		assertThat(bulletin.getPublishedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> bulletin.change(new Bulletin.Details("Other", "Other", List.of(), List.of())))
			.isInstanceOfSatisfying(BulletinRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("bulletin.published.noChange"));
		assertThatThrownBy(() -> bulletin.publish(9L, NOW)).isInstanceOfSatisfying(BulletinRuleException.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("bulletin.published.already"));
		assertThat(bulletin.getTitle()).isEqualTo("CEOP update");
	}

	@Test
	void plainTextBecomesParagraphsAtBlankLines() {
		assertThat(Paragraphs.of("One\nstill one\n\n  Two  \r\n\r\nThree\n\n\n")).containsExactly("One\nstill one",
				"Two", "Three");
		assertThat(Paragraphs.of("  ")).isEmpty();
		assertThat(Paragraphs.of(null)).isEmpty();
		assertThat(draft(List.of(), List.of()).paragraphs()).containsExactly("Para one.", "Para two.");
	}

}
