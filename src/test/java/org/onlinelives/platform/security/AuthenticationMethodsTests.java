package org.onlinelives.platform.security;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code amr} claims (RFC 8176) show that the provider checked more than one
 * factor, so our own second factor is skipped.
 */
class AuthenticationMethodsTests {

	@ParameterizedTest(name = "amr [{0}] is multi-factor: {1}")
	@CsvSource(delimiter = ';', value = {
			// RFC 8176 "mfa": the provider says so in as many words
			"mfa; true", "pwd mfa; true", "MFA; true",
			// two kinds of factor: something known and something held or something one is
			"pwd otp; true", "pwd hwk; true", "pin swk; true", "pwd sms; true", "hwk fpt; true", "face sc; true",
			"kba tel; true", "pwd pop; true",
			// one factor, however strong
			"pwd; false", "otp; false", "hwk; false", "swk; false", "sms; false", "fpt; false",
			// two methods of the same kind are still one factor
			"pwd pin; false", "otp sms; false", "face fpt; false",
			// values that are not factors, and values no one registered
			"geo rba; false", "wia; false", "user; false", "mca; false", "pwd geo; false", "pwd something-new; false",
			"; false" })
	void multiFactor(String amr, boolean expected) {
		List<String> values = (amr == null) ? List.of() : Arrays.asList(amr.split(" "));
		assertThat(AuthenticationMethods.multiFactor(values)).isEqualTo(expected);
	}

	@Test
	void aMissingClaimIsNotMultiFactor() {
		assertThat(AuthenticationMethods.multiFactor(null)).isFalse();
	}

}
