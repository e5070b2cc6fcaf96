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

import static org.assertj.core.api.Assertions.assertThat;
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
	void knowsWhoIsAssigned() {
		YoungPerson person = YoungPerson.record(1, 2, details(null, 12, List.of()), CLOCK);
		assertThat(person.isAssigned(7)).isTrue();
		assertThat(person.isAssigned(8)).isFalse();
	}

}
