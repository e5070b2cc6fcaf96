package org.onlinelives.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps expect them: SHA-1, six
 * digits, thirty seconds, with one step of clock drift allowed either way.
 */
@Component
public class SecondFactorCodes {

	private static final String ISSUER = "Online Lives";

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

	private final CodeVerifier verifier;

	private final DefaultCodeGenerator generator = new DefaultCodeGenerator();

	private final Clock clock;

	private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

	public SecondFactorCodes() {
		this(Clock.systemUTC());
	}

	SecondFactorCodes(Clock clock) {
		this.clock = clock;
		DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
		verifier.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = verifier;
	}

	public String newSecret() {
		return this.secrets.generate();
	}

	public boolean isValid(String secret, String code) {
		String digits = (code != null) ? code.replaceAll("\\s", "") : "";
		return secret != null && digits.matches("\\d{6}") && this.verifier.isValidCode(secret, digits);
	}

	/**
	 * The time step (30-second period) whose code this is, within one step of now, so
	 * that a code once used can be refused if offered again.
	 */
	public OptionalLong matchingStep(String secret, String code) {
		String digits = (code != null) ? code.replaceAll("\\s", "") : "";
		if (secret == null || !digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = this.clock.instant().getEpochSecond() / 30;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (MessageDigest.isEqual(this.generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
						digits.getBytes(StandardCharsets.US_ASCII))) {
					return OptionalLong.of(step);
				}
			}
			catch (CodeGenerationException ex) {
				return OptionalLong.empty();
			}
		}
		return OptionalLong.empty();
	}

	/** A PNG of the set-up QR code as a data URI, for an authenticator app to scan. */
	public String qrCodeDataUri(String secret, String email) {
		QrData data = new QrData.Builder().label(email)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			generator.setImageSize(200);
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the set-up QR code", ex);
		}
	}

	public List<String> newRecoveryCodes() {
		return List.of(this.recoveryCodes.generateCodes(10));
	}

	/** The key grouped in fours, which is easier to type into an app by hand. */
	public static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
