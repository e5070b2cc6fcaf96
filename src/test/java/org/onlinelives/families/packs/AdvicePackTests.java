package org.onlinelives.families.packs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.HelpRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An advice pack's rules: what it needs, and which directory entries it may list. */
class AdvicePackTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-04T10:00:00Z"), ZoneOffset.UTC);

	private static HelpEntry entry(long id, Audience... audiences) {
		return new HelpEntry(id, "Entry " + id, ServiceKind.HELPLINE, null, Set.of(audiences),
				Set.of(HelpTopic.CONDUCT), Reach.NATIONAL, null, null, "0800 1111", null, null, null,
				LocalDate.of(2027, 1, 1), false);
	}

	private final Map<Long, HelpEntry> directory = Map.of(1L, entry(1, Audience.YOUNG_PEOPLE), 2L,
			entry(2, Audience.PARENTS_AND_CARERS), 3L, entry(3, Audience.PROFESSIONALS), 4L,
			entry(4, Audience.PROFESSIONALS, Audience.PARENTS_AND_CARERS));

	@Test
	void keepsTheEntriesInTheOrderChosenOnceEach() {
		AdvicePack pack = AdvicePack.create(9,
				new PackDetails(" Sharing pictures ", " ", "Talk early.\r\n\r\nStay calm.", List.of(2L, 1L, 2L, 4L)),
				this.directory, "sharing-pictures-abcdefgh", CLOCK);
		assertThat(pack.getTitle()).isEqualTo("Sharing pictures");
		assertThat(pack.getIntro()).isNull();
		assertThat(pack.getAdvice()).isEqualTo("Talk early.\n\nStay calm.");
		assertThat(pack.entryIds()).containsExactly(2L, 1L, 4L);
		assertThat(pack.getPublicSlug()).isEqualTo("sharing-pictures-abcdefgh");
		assertThat(pack.getUpdatedAt()).isEqualTo(CLOCK.instant());
	}

	@Test
	void listsNoContactKeptOnlyForProfessionals() {
		assertThat(AdvicePack.problemsWith(new PackDetails("Gaming", null, "Advice", List.of(1L, 3L)), this.directory))
			.containsExactly(new HelpRuleException.Problem("entryIds", "pack.entries.professionalsOnly"));
	}

	@Test
	void listsOnlyEntriesOfItsOwnPartnershipsDirectory() {
		assertThat(AdvicePack.problemsWith(new PackDetails("Gaming", null, "Advice", List.of(1L, 99L)), this.directory))
			.containsExactly(new HelpRuleException.Problem("entryIds", "pack.entries.unknown"));
	}

	@Test
	void staysShort() {
		Map<Long, HelpEntry> many = LongStream.rangeClosed(1, 13)
			.boxed()
			.collect(Collectors.toMap((id) -> id, (id) -> entry(id, Audience.YOUNG_PEOPLE)));
		assertThat(AdvicePack.problemsWith(new PackDetails("Gaming", null, "Advice", List.copyOf(many.keySet())), many))
			.containsExactly(new HelpRuleException.Problem("entryIds", "pack.entries.tooMany"));
		assertThat(AdvicePack
			.problemsWith(new PackDetails("Gaming", null, "Advice", List.copyOf(many.keySet()).subList(0, 12)), many))
			.isEmpty();
	}

	@Test
	void reportsEveryMissingPartInTheOrderOfTheForm() {
		assertThat(AdvicePack.problemsWith(new PackDetails(" ", "x".repeat(301), "", List.of()), this.directory))
			.extracting(HelpRuleException.Problem::messageKey)
			.containsExactly("pack.title.required", "pack.intro.tooLong", "pack.advice.required",
					"pack.entries.required");
		assertThat(AdvicePack.problemsWith(new PackDetails("x".repeat(121), null, "a".repeat(3001), List.of(1L)),
				this.directory))
			.extracting(HelpRuleException.Problem::messageKey)
			.containsExactly("pack.title.tooLong", "pack.advice.tooLong");
		assertThatThrownBy(
				() -> AdvicePack.create(9, new PackDetails("", null, "", List.of()), this.directory, "x", CLOCK))
			.isInstanceOf(HelpRuleException.class);
	}

}
