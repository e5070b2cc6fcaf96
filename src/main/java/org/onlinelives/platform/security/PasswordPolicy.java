package org.onlinelives.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, within bcrypt's 72-byte limit, not on
 * zxcvbn's lists of common passwords, and not easy to guess from common words, patterns
 * or the person's own details.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_BYTES = 72;

	private static final int MINIMUM_ZXCVBN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The message key of the first problem with the password, if any. */
	public Optional<String> problem(String password, String... personalDetails) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of("password.tooLong");
		}
		List<String> inputs = new ArrayList<>(List.of("online", "lives", "onlinelives", "safeguarding", "partnership"));
		for (String detail : personalDetails) {
			if (detail != null) {
				inputs.addAll(List.of(detail.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
			}
		}
		Strength strength = this.zxcvbn.measure(password, inputs);
		if (isCommonPassword(strength)) {
			return Optional.of("password.common");
		}
		if (strength.getScore() < MINIMUM_ZXCVBN_SCORE) {
			return Optional.of("password.guessable");
		}
		return Optional.empty();
	}

	private static boolean isCommonPassword(Strength strength) {
		List<Match> sequence = strength.getSequence();
		return sequence.size() == 1 && "passwords".equals(sequence.get(0).dictionaryName);
	}

}
