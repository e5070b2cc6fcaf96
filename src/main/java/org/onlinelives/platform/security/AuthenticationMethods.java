package org.onlinelives.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code amr} (authentication methods references) claim of an ID token to tell
 * whether the provider has already checked more than one factor, so our own second factor
 * would add nothing. Values are those registered by RFC 8176, §2.
 * <p>
 * Multi-factor means either {@code mfa} ("multiple-factor authentication", RFC 8176) or
 * methods from at least two different kinds of factor: something the person knows
 * ({@code pwd}, {@code pin}, {@code kba}), something they have ({@code otp}, {@code hwk},
 * {@code swk}, {@code sc}, {@code sms}, {@code tel}, {@code pop}) and something they are
 * ({@code fpt}, {@code face}, {@code iris}, {@code retina}, {@code vbm}). One method
 * alone, even a one-time code or a hardware key, proves one factor. Values that describe
 * no factor ({@code geo}, {@code rba}, {@code user}, {@code mca}, {@code wia}) and
 * unknown values count for nothing.
 */
final class AuthenticationMethods {

	enum Factor {

		KNOWLEDGE, POSSESSION, INHERENCE

	}

	private static final String MULTIPLE_FACTOR = "mfa";

	private static final Map<String, Factor> FACTORS = Map.ofEntries(Map.entry("pwd", Factor.KNOWLEDGE),
			Map.entry("pin", Factor.KNOWLEDGE), Map.entry("kba", Factor.KNOWLEDGE), Map.entry("otp", Factor.POSSESSION),
			Map.entry("hwk", Factor.POSSESSION), Map.entry("swk", Factor.POSSESSION),
			Map.entry("sc", Factor.POSSESSION), Map.entry("sms", Factor.POSSESSION),
			Map.entry("tel", Factor.POSSESSION), Map.entry("pop", Factor.POSSESSION),
			Map.entry("fpt", Factor.INHERENCE), Map.entry("face", Factor.INHERENCE),
			Map.entry("iris", Factor.INHERENCE), Map.entry("retina", Factor.INHERENCE),
			Map.entry("vbm", Factor.INHERENCE));

	private AuthenticationMethods() {
	}

	/** Whether these {@code amr} values show that more than one factor was checked. */
	static boolean multiFactor(List<String> amr) {
		if (amr == null) {
			return false;
		}
		Set<Factor> factors = EnumSet.noneOf(Factor.class);
		for (String value : amr) {
			if (value == null) {
				continue;
			}
			String method = value.strip().toLowerCase(Locale.ROOT);
			if (MULTIPLE_FACTOR.equals(method)) {
				return true;
			}
			Factor factor = FACTORS.get(method);
			if (factor != null) {
				factors.add(factor);
			}
		}
		return factors.size() >= 2;
	}

}
