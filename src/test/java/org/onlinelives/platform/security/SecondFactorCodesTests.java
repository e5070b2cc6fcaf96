package org.onlinelives.platform.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorCodesTests {

	private final SecondFactorCodes codes = new SecondFactorCodes();

	@Test
	void theCurrentCodeIsAcceptedWithSpacesAndAWrongOneIsNot() throws Exception {
		String secret = this.codes.newSecret();
		String code = new DefaultCodeGenerator().generate(secret, System.currentTimeMillis() / 30_000);
		assertThat(this.codes.isValid(secret, code.substring(0, 3) + " " + code.substring(3))).isTrue();
		String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
		assertThat(this.codes.isValid(secret, wrong)).isFalse();
	}

	@Test
	void aCodeFromLongAgoIsRefused() throws Exception {
		String secret = this.codes.newSecret();
		String old = new DefaultCodeGenerator().generate(secret, System.currentTimeMillis() / 30_000 - 10);
		assertThat(this.codes.isValid(secret, old)).isFalse();
	}

	@Test
	void malformedCodesAndMissingSecretsAreRefused() {
		assertThat(this.codes.isValid(this.codes.newSecret(), "abcdef")).isFalse();
		assertThat(this.codes.isValid(this.codes.newSecret(), "1234567")).isFalse();
		assertThat(this.codes.isValid(null, "123456")).isFalse();
		assertThat(this.codes.isValid(this.codes.newSecret(), null)).isFalse();
	}

	@Test
	void theQrCodeIsAPngDataUriAndTheKeyIsGroupedInFours() {
		assertThat(this.codes.qrCodeDataUri(this.codes.newSecret(), "ivy@example.org"))
			.startsWith("data:image/png;base64,");
		assertThat(SecondFactorCodes.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
		assertThat(this.codes.newRecoveryCodes()).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void theMatchingStepIsFoundWithinOneStepOfNowOnly() throws Exception {
		java.time.Instant now = java.time.Instant.parse("2026-11-28T10:00:00Z");
		SecondFactorCodes fixed = new SecondFactorCodes(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
		String secret = fixed.newSecret();
		long step = now.getEpochSecond() / 30;
		DefaultCodeGenerator generator = new DefaultCodeGenerator();
		assertThat(fixed.matchingStep(secret, generator.generate(secret, step))).hasValue(step);
		assertThat(fixed.matchingStep(secret, generator.generate(secret, step - 1))).hasValue(step - 1);
		assertThat(fixed.matchingStep(secret, generator.generate(secret, step + 1))).hasValue(step + 1);
		assertThat(fixed.matchingStep(secret, generator.generate(secret, step - 2))).isEmpty();
		assertThat(fixed.matchingStep(secret, "12 34")).isEmpty();
	}

}
