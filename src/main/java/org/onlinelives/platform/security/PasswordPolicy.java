package org.onlinelives.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, within bcrypt's 72-byte limit, not on
 * zxcvbn's lists of common passwords, not the person's email address (or its part before
 * the @), name or partnership's name, and not easy to guess from common words, patterns
 * or those details.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_BYTES = 72;

	private static final int MINIMUM_ZXCVBN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * The message key of the first problem with the password, if any.
	 * @param personalDetails the person's email address, name and partnership's name
	 */
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
		List<String> inputs = userInputs(personalDetails);
		String lowered = password.strip().toLowerCase(Locale.ROOT);
		if (inputs.stream().anyMatch((input) -> input.length() >= 3 && input.equals(lowered))) {
			return Optional.of("password.personal");
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

	/**
	 * What zxcvbn should treat as guessable for this person: the service's own words, and
	 * each detail whole, in its parts, and (for an email address) its local part, so that
	 * "sam.worker2026" is refused for sam.worker2026@council.example.
	 */
	static List<String> userInputs(String... personalDetails) {
		List<String> inputs = new ArrayList<>(List.of("online", "lives", "onlinelives", "safeguarding", "partnership"));
		for (String detail : personalDetails) {
			if (detail == null || detail.isBlank()) {
				continue;
			}
			String lowered = detail.strip().toLowerCase(Locale.ROOT);
			inputs.add(lowered);
			int at = lowered.indexOf('@');
			if (at > 0) {
				inputs.add(lowered.substring(0, at));
				inputs.add(lowered.substring(0, at).replaceAll("[^\\p{L}\\p{N}]+", ""));
				inputs.add(lowered.substring(at + 1));
			}
			inputs.add(lowered.replaceAll("[^\\p{L}\\p{N}]+", ""));
			inputs.addAll(List.of(lowered.split("[^\\p{L}\\p{N}]+")));
		}
		return inputs.stream().filter((input) -> !input.isEmpty()).distinct().toList();
	}

	private static boolean isCommonPassword(Strength strength) {
		List<Match> sequence = strength.getSequence();
		return sequence.size() == 1 && "passwords".equals(sequence.get(0).dictionaryName);
	}

}
