package org.onlinelives.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void anEmptyPasswordIsRequired() {
		assertThat(this.policy.problem("")).contains("password.required");
		assertThat(this.policy.problem(null)).contains("password.required");
	}

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnoughInLength() {
		assertThat(this.policy.problem("Kx9!vQ2#mZ7")).contains("password.tooShort");
		assertThat(this.policy.problem("Kx9!vQ2#mZ7w")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		assertThat(this.policy.problem("ééééééééééé")).contains("password.tooShort");
	}

	@Test
	void moreThanSeventyTwoBytesIsTooLongForBcrypt() {
		assertThat(this.policy.problem("a quiet brown heron ".repeat(4))).contains("password.tooLong");
		assertThat(this.policy.problem("€".repeat(25))).contains("password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "qwertyuiop123", "iloveyou1234", "123456789012" })
	void commonPasswordsAreRefused(String common) {
		assertThat(this.policy.problem(common)).get().isIn("password.common", "password.guessable");
	}

	@Test
	void aPasswordMadeOfThePersonsOwnDetailsIsGuessable() {
		assertThat(this.policy.problem("samworkersamworker", "sam.worker@northbrook.example", "Sam Worker"))
			.contains("password.guessable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "quinn.harbourside-reviews", "QUINN.HARBOURSIDE-REVIEWS",
			"quinn.harbourside-reviews@northbrook-partnership.example", "Quinn Harbourside Reviewer",
			"Northbrook Safeguarding Children Partnership" })
	void thePersonsEmailItsLocalPartTheirNameAndThePartnershipsNameAreRefused(String password) {
		assertThat(this.policy.problem(password, "quinn.harbourside-reviews@northbrook-partnership.example",
				"Quinn Harbourside Reviewer", "Northbrook Safeguarding Children Partnership"))
			.contains("password.personal");
	}

	@Test
	void theLocalPartAndPartnershipNameAreGivenToZxcvbnWholeAndInParts() {
		assertThat(PasswordPolicy.userInputs("sam.worker2026@council.example", "Sam Worker", "Northbrook Partnership"))
			.contains("sam.worker2026", "samworker2026", "sam", "worker2026", "council.example", "sam worker",
					"northbrook partnership", "northbrookpartnership");
	}

	@Test
	void severalUnrelatedWordsArePassed() {
		assertThat(this.policy.problem("Blue kettle over seven quiet hills")).isEmpty();
	}

}
