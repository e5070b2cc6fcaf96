package org.onlinelives.assessment.youngpeople;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class YoungPersonTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	private static YoungPersonDetails details(LocalDate dateOfBirth, Integer age, List<String> platforms) {
		return new YoungPersonDetails("REF-1", dateOfBirth, age, Gender.NOT_KNOWN, true, platforms,
				ReferralSource.SCHOOL, Set.of(7L));
	}

	@ParameterizedTest
	@CsvSource({ "0, true", "25, true", "-1, false", "26, false", "14, true" })
	void ageMustBeFromZeroToTwentyFive(int age, boolean allowed) {
		if (allowed) {
			assertThat(YoungPerson.record(1, 2, details(null, age, List.of()), CLOCK).ageToday(CLOCK)).isEqualTo(age);
		}
		else {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> YoungPerson.record(1, 2, details(null, age, List.of()), CLOCK))
				.withMessageContaining("Age must be from 0 to 25");
		}
	}

	@Test
	void dateOfBirthGivesTheAgeTodayAndWinsOverAge() {
		YoungPerson person = YoungPerson.record(1, 2, details(LocalDate.of(2010, 6, 16), 3, List.of()), CLOCK);
		assertThat(person.ageToday(CLOCK)).isEqualTo(15);
		assertThat(person.getAge()).isNull();
	}

	@Test
	void dateOfBirthTwentySixYearsAgoOrInTheFutureIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> YoungPerson.record(1, 2, details(LocalDate.of(2000, 6, 15), null, List.of()), CLOCK));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> YoungPerson.record(1, 2, details(LocalDate.of(2026, 6, 16), null, List.of()), CLOCK))
			.withMessageContaining("future");
	}

	@Test
	void needsAnAgeOrDateOfBirthAndACaseReference() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> YoungPerson.record(1, 2, details(null, null, List.of()), CLOCK));
		assertThatIllegalArgumentException().isThrownBy(() -> YoungPerson.record(1, 2, new YoungPersonDetails(" ", null,
				12, Gender.NOT_KNOWN, false, List.of(), ReferralSource.SELF, Set.of()), CLOCK));
	}

	@Test
	void platformsAreTrimmedAndLimited() {
		YoungPerson person = YoungPerson.record(1, 2, details(null, 12, List.of(" A game ", "", "A chat app")), CLOCK);
		assertThat(person.platforms()).containsExactly("A game", "A chat app");
		assertThatIllegalArgumentException().isThrownBy(
				() -> YoungPerson.record(1, 2, details(null, 12, java.util.Collections.nCopies(21, "App")), CLOCK));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> YoungPerson.record(1, 2, details(null, 12, List.of("x".repeat(61))), CLOCK));
	}

	@Test
	void aCaseReferenceOfMoreThanFortyCharactersIsRefusedOnCaseReference() {
		YoungPerson person = YoungPerson.record(1, 2, new YoungPersonDetails(" " + "R".repeat(40) + " ", null, 12,
				Gender.NOT_KNOWN, false, List.of(), ReferralSource.SELF, Set.of()), CLOCK);
		assertThat(person.getCaseReference()).hasSize(YoungPerson.MAX_CASE_REFERENCE);
		InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
				() -> person.change(new YoungPersonDetails("R".repeat(41), null, 12, Gender.NOT_KNOWN, false, List.of(),
						ReferralSource.SELF, Set.of()), CLOCK));
		assertThat(refused.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("caseReference", "youngPerson.caseReference.tooLong"));
		assertThat(person.getCaseReference()).isEqualTo("R".repeat(40));
	}

	@Test
	void everyBrokenRuleIsNamedByFieldAndMessageKeyInTheOrderOfTheFields() {
		LocalDate today = LocalDate.now(CLOCK);
		assertThat(YoungPerson.refusals(new YoungPersonDetails(" ", null, null, null, false,
				java.util.Collections.nCopies(21, "App"), null, Set.of()), today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("caseReference", "youngPerson.caseReference.required"),
					tuple("age", "youngPerson.age.required"), tuple("gender", "youngPerson.gender.required"),
					tuple("platforms", "youngPerson.platforms.tooMany"),
					tuple("referralSource", "youngPerson.referralSource.required"));
		assertThat(YoungPerson.refusals(details(null, 26, List.of()), today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("age", "youngPerson.age.range"));
		assertThat(YoungPerson.refusals(details(today.plusDays(1), null, List.of()), today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("dateOfBirth", "youngPerson.dateOfBirth.future"));
		assertThat(YoungPerson.refusals(details(today.minusYears(26), 3, List.of()), today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("dateOfBirth", "youngPerson.dateOfBirth.tooOld"));
		assertThat(YoungPerson.refusals(details(today.minusYears(25), null, List.of("x".repeat(60))), today)).isEmpty();
	}

	@Test
	void anOutcomeNeedsTheOutcomeAndADateNotInTheFuture() {
		YoungPerson person = YoungPerson.record(1, 2, details(null, 12, List.of()), CLOCK);
		LocalDate today = LocalDate.now(CLOCK);
		assertThat(
				catchThrowableOfType(InvalidAnswerException.class, () -> person.recordOutcome(null, today, true, CLOCK))
					.refusals())
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("outcome", "outcome.outcome.required"));
		assertThat(catchThrowableOfType(InvalidAnswerException.class,
				() -> person.recordOutcome(CaseOutcome.values()[0], null, true, CLOCK))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("outcomeDate", "outcome.date.required"));
		assertThat(catchThrowableOfType(InvalidAnswerException.class,
				() -> person.recordOutcome(CaseOutcome.values()[0], today.plusDays(1), true, CLOCK))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("outcomeDate", "outcome.date.future"));
		person.recordOutcome(CaseOutcome.values()[0], today, false, CLOCK);
		assertThat(person.getOutcomeDate()).isEqualTo(today);
	}

	@Test
	void knowsWhoIsAssigned() {
		YoungPerson person = YoungPerson.record(1, 2, details(null, 12, List.of()), CLOCK);
		assertThat(person.isAssigned(7)).isTrue();
		assertThat(person.isAssigned(8)).isFalse();
	}

}
