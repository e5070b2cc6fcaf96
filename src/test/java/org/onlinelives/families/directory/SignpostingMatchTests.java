package org.onlinelives.families.directory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.SignpostingNeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.families.Audience.PARENTS_AND_CARERS;
import static org.onlinelives.families.Audience.PROFESSIONALS;
import static org.onlinelives.families.Audience.YOUNG_PEOPLE;
import static org.onlinelives.families.HelpTopic.COMMERCE;
import static org.onlinelives.families.HelpTopic.CONDUCT;
import static org.onlinelives.families.HelpTopic.CONTACT;
import static org.onlinelives.families.HelpTopic.CONTENT;

/**
 * The signposting rule, case by case: who the entry is for, the ages it serves and the Cs
 * it helps with, against a case's Cs, age and whether the family may be the risk.
 */
class SignpostingMatchTests {

	private static final Set<HelpTopic> EVERY_C = EnumSet.allOf(HelpTopic.class);

	static HelpEntry entry(String name, Set<Audience> audiences, Set<HelpTopic> topics, Integer minAge, Integer maxAge,
			Reach reach) {
		return new HelpEntry(name.length(), name, ServiceKind.HELPLINE, null, audiences, topics, reach, minAge, maxAge,
				"0800 1111", null, null, null, LocalDate.of(2030, 1, 1), false);
	}

	static HelpEntry entry(Set<Audience> audiences, Set<HelpTopic> topics, Integer minAge, Integer maxAge) {
		return entry("Service", audiences, topics, minAge, maxAge, Reach.NATIONAL);
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				// who it is for
				Arguments.of("young people, C shared", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), null, null),
						need(Set.of(CONTACT), 14, false), true),
				Arguments.of("parents, C shared", entry(Set.of(PARENTS_AND_CARERS), Set.of(CONTACT), null, null),
						need(Set.of(CONTACT), 14, false), true),
				Arguments.of("professionals only never fit", entry(Set.of(PROFESSIONALS), EVERY_C, null, null),
						need(Set.of(CONTACT), 14, false), false),
				Arguments.of("parents only, when the family may be the risk",
						entry(Set.of(PARENTS_AND_CARERS), Set.of(CONTACT), null, null), need(Set.of(CONTACT), 14, true),
						false),
				Arguments.of("young people and parents, when the family may be the risk",
						entry(Set.of(YOUNG_PEOPLE, PARENTS_AND_CARERS), Set.of(CONTACT), null, null),
						need(Set.of(CONTACT), 14, true), true),
				// Cs
				Arguments.of("no C shared", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTENT), null, null),
						need(Set.of(CONTACT, CONDUCT), 14, false), false),
				Arguments.of("one of several Cs shared",
						entry(Set.of(YOUNG_PEOPLE), Set.of(CONDUCT, COMMERCE), null, null),
						need(Set.of(CONTACT, CONDUCT), 14, false), true),
				Arguments.of("no C recorded, general help fits", entry(Set.of(YOUNG_PEOPLE), EVERY_C, null, null),
						need(Set.of(), 14, false), true),
				Arguments.of("no C recorded, help with some Cs does not",
						entry(Set.of(YOUNG_PEOPLE), Set.of(CONTENT, CONTACT, CONDUCT, COMMERCE), null, null),
						need(Set.of(), 14, false), false),
				// ages
				Arguments.of("age inside the range", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 11, 18),
						need(Set.of(CONTACT), 14, false), true),
				Arguments.of("youngest age served", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 11, 18),
						need(Set.of(CONTACT), 11, false), true),
				Arguments.of("oldest age served", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 11, 18),
						need(Set.of(CONTACT), 18, false), true),
				Arguments.of("too young", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 11, 18),
						need(Set.of(CONTACT), 10, false), false),
				Arguments.of("too old", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 11, 18),
						need(Set.of(CONTACT), 19, false), false),
				Arguments.of("only an upper limit", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), null, 25),
						need(Set.of(CONTACT), 4, false), true),
				Arguments.of("only a lower limit", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 13, null),
						need(Set.of(CONTACT), 12, false), false),
				Arguments.of("age unknown fits any range", entry(Set.of(YOUNG_PEOPLE), Set.of(CONTACT), 16, 18),
						need(Set.of(CONTACT), null, false), true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void decidesWhetherAnEntryFitsACase(String name, HelpEntry entry, SignpostingNeed need, boolean fits) {
		assertThat(SignpostingMatch.fits(entry, need)).isEqualTo(fits);
	}

	@Test
	void localEntriesComeFirstThenThoseSharingMoreCsThenByName() {
		HelpEntry nationalTwoCs = entry("Zebra line", Set.of(YOUNG_PEOPLE), Set.of(CONTACT, CONDUCT), null, null,
				Reach.NATIONAL);
		HelpEntry nationalOneC = entry("Apple line", Set.of(YOUNG_PEOPLE), Set.of(CONTACT), null, null, Reach.NATIONAL);
		HelpEntry local = entry("Mid service", Set.of(PARENTS_AND_CARERS), Set.of(CONDUCT), null, null, Reach.LOCAL);
		HelpEntry unrelated = entry("Other", Set.of(YOUNG_PEOPLE), Set.of(COMMERCE), null, null, Reach.LOCAL);

		List<HelpEntry> selected = SignpostingMatch.select(List.of(nationalOneC, unrelated, nationalTwoCs, local),
				need(Set.of(CONTACT, CONDUCT), 15, false));

		assertThat(selected).extracting(HelpEntry::name).containsExactly("Mid service", "Zebra line", "Apple line");
	}

	private static SignpostingNeed need(Set<HelpTopic> topics, Integer age, boolean youngPersonOnly) {
		return new SignpostingNeed(topics, age, youngPersonOnly);
	}

}
