package org.onlinelives.families.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A directory entry's rules, each reported with its field, and its review. */
class DirectoryEntryTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-04T10:00:00Z"), ZoneOffset.UTC);

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 4);

	static EntryDetails valid() {
		return new EntryDetails("The Mix", ServiceKind.HELPLINE, "Support for under 25s.",
				Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.CONTACT), Reach.NATIONAL, null, 25, "0808 808 4994",
				null, "https://www.themix.org.uk", "Every day", TODAY.plusMonths(6));
	}

	static Stream<Arguments> brokenRules() {
		return Stream.of(
				rule("name blank", (d) -> with(d, "  ", d.phone(), d.email(), d.webAddress()), "name",
						"directory.name.required"),
				rule("name too long", (d) -> with(d, "x".repeat(201), d.phone(), d.email(), d.webAddress()), "name",
						"directory.name.tooLong"),
				rule("no way to reach it", (d) -> with(d, d.name(), null, " ", null), "phone",
						"directory.phone.oneWayNeeded"),
				rule("phone with letters", (d) -> with(d, d.name(), "call us", null, null), "phone",
						"directory.phone.invalid"),
				rule("email without a domain", (d) -> with(d, d.name(), null, "help@", null), "email",
						"directory.email.invalid"),
				rule("web address over http", (d) -> with(d, d.name(), null, null, "http://example.org"), "webAddress",
						"directory.webAddress.invalid"),
				rule("youngest age above 25", (d) -> ages(d, 26, null), "minAge", "directory.age.range"),
				rule("oldest age below youngest", (d) -> ages(d, 14, 11), "maxAge", "directory.age.order"),
				rule("review more than three years away", (d) -> review(d, TODAY.plusYears(3).plusDays(1)),
						"reviewDate", "directory.reviewDate.tooFar"),
				rule("no review date", (d) -> review(d, null), "reviewDate", "directory.reviewDate.required"),
				rule("nobody for",
						(d) -> new EntryDetails(d.name(), d.kind(), d.description(), Set.of(), d.topics(), d.reach(),
								d.minAge(), d.maxAge(), d.phone(), d.email(), d.webAddress(), d.hours(),
								d.reviewDate()),
						"audiences", "directory.audiences.required"),
				rule("no C",
						(d) -> new EntryDetails(d.name(), d.kind(), d.description(), d.audiences(), Set.of(), d.reach(),
								d.minAge(), d.maxAge(), d.phone(), d.email(), d.webAddress(), d.hours(),
								d.reviewDate()),
						"topics", "directory.topics.required"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void refusesEachBrokenRuleWithItsField(String name, UnaryOperator<EntryDetails> breakIt, String field, String key) {
		assertThat(DirectoryEntry.problemsWith(breakIt.apply(valid()), 7L, TODAY))
			.containsExactly(new HelpRuleException.Problem(field, key));
		assertThatThrownBy(() -> DirectoryEntry.create(1, breakIt.apply(valid()), 7L, CLOCK))
			.isInstanceOf(HelpRuleException.class);
	}

	@Test
	void needsAnOwner() {
		assertThat(DirectoryEntry.problemsWith(valid(), null, TODAY))
			.containsExactly(new HelpRuleException.Problem("owner", "directory.owner.required"));
	}

	@Test
	void reportsEveryBrokenRuleInTheOrderOfTheForm() {
		EntryDetails bad = new EntryDetails("", null, null, Set.of(), Set.of(), null, 30, null, null, null, null, null,
				null);
		assertThat(DirectoryEntry.problemsWith(bad, null, TODAY)).extracting(HelpRuleException.Problem::field)
			.containsExactly("name", "kind", "audiences", "topics", "reach", "minAge", "phone", "reviewDate", "owner");
	}

	@Test
	void keepsWhatWasEnteredTrimmedAndShowsItsReviewState() {
		DirectoryEntry entry = saved(with(valid(), "  The Mix ", " 0808 808 4994 ", "", null));
		HelpEntry view = entry.view(TODAY);
		assertThat(view.name()).isEqualTo("The Mix");
		assertThat(view.phone()).isEqualTo("0808 808 4994");
		assertThat(view.email()).isNull();
		assertThat(view.webAddress()).isNull();
		assertThat(view.audiences()).containsExactly(Audience.YOUNG_PEOPLE);
		assertThat(view.maxAge()).isEqualTo(25);
		assertThat(view.reviewOverdue()).isFalse();
		assertThat(entry.view(TODAY.plusMonths(7)).reviewOverdue()).isTrue();
		assertThat(entry.isOwnedBy(7)).isTrue();
		assertThat(entry.isOwnedBy(8)).isFalse();
	}

	@Test
	void aReviewSetsTheNextOneAYearOn() {
		DirectoryEntry entry = DirectoryEntry.create(1, review(valid(), TODAY.plusDays(2)), 7L, CLOCK);
		entry.markReviewed(CLOCK);
		assertThat(entry.getReviewDate()).isEqualTo(TODAY.plusMonths(12));
		assertThat(entry.reviewStatus(TODAY)).isEqualTo(ReviewStatus.CURRENT);
	}

	@Test
	void keepsItsAudiencesAndCsInTheirOwnOrder() {
		DirectoryEntry entry = saved(new EntryDetails("Family Lives", ServiceKind.HELPLINE, null,
				Set.of(Audience.PARENTS_AND_CARERS, Audience.YOUNG_PEOPLE),
				Set.of(HelpTopic.COMMUNITIES, HelpTopic.CONTENT, HelpTopic.CONDUCT), Reach.NATIONAL, null, null,
				"0808 800 2222", null, null, null, TODAY.plusMonths(3)));
		assertThat(List.copyOf(entry.view(TODAY).topics())).containsExactly(HelpTopic.CONTENT, HelpTopic.CONDUCT,
				HelpTopic.COMMUNITIES);
		assertThat(List.copyOf(entry.audiences())).containsExactly(Audience.YOUNG_PEOPLE, Audience.PARENTS_AND_CARERS);
	}

	/** An entry as the repository gives it back: with an id, owned by person 7. */
	private static DirectoryEntry saved(EntryDetails details) {
		DirectoryEntry entry = new DirectoryEntry(5L, 1L, null, null, null, "", "", null, null, null, null, null, null,
				null, null, null, null, 0L);
		entry.change(details, 7L, CLOCK);
		return entry;
	}

	private static Arguments rule(String name, UnaryOperator<EntryDetails> breakIt, String field, String key) {
		return Arguments.of(name, breakIt, field, key);
	}

	private static EntryDetails with(EntryDetails d, String name, String phone, String email, String web) {
		return new EntryDetails(name, d.kind(), d.description(), d.audiences(), d.topics(), d.reach(), d.minAge(),
				d.maxAge(), phone, email, web, d.hours(), d.reviewDate());
	}

	private static EntryDetails ages(EntryDetails d, Integer min, Integer max) {
		return new EntryDetails(d.name(), d.kind(), d.description(), d.audiences(), d.topics(), d.reach(), min, max,
				d.phone(), d.email(), d.webAddress(), d.hours(), d.reviewDate());
	}

	private static EntryDetails review(EntryDetails d, LocalDate date) {
		return new EntryDetails(d.name(), d.kind(), d.description(), d.audiences(), d.topics(), d.reach(), d.minAge(),
				d.maxAge(), d.phone(), d.email(), d.webAddress(), d.hours(), date);
	}

}
