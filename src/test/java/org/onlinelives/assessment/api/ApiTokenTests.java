package org.onlinelives.assessment.api;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ApiTokenTests {

	private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

	@Test
	void aTokenNeedsANameOfOneToAHundredCharacters() {
		assertThat(ApiToken.issue(1, 2, " " + "n".repeat(ApiToken.MAX_NAME) + " ", "hash", NOW).getName()).hasSize(100);
		assertThat(catchThrowableOfType(InvalidAnswerException.class, () -> ApiToken.issue(1, 2, " ", "hash", NOW))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("name", "apiToken.name.required"));
		assertThat(catchThrowableOfType(InvalidAnswerException.class,
				() -> ApiToken.issue(1, 2, "n".repeat(101), "hash", NOW))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("name", "apiToken.name.tooLong"));
	}

}
