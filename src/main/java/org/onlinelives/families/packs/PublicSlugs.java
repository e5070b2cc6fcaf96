package org.onlinelives.families.packs;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The web address of a pack's public page: the title in words a family can read out, then
 * eight random characters, so no one can find a pack they were not given by trying
 * addresses. Characters that look alike (0 and o, 1 and l) are left out.
 */
final class PublicSlugs {

	static final int MAX_WORDS_LENGTH = 40;

	static final int RANDOM_LENGTH = 8;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final RandomGenerator random;

	PublicSlugs() {
		this(new SecureRandom());
	}

	PublicSlugs(RandomGenerator random) {
		this.random = random;
	}

	String forTitle(String title) {
		StringBuilder slug = new StringBuilder(words(title));
		if (slug.length() > 0) {
			slug.append('-');
		}
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			slug.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return slug.toString();
	}

	static String words(String title) {
		String ascii = Normalizer.normalize((title != null) ? title : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() <= MAX_WORDS_LENGTH) {
			return ascii;
		}
		String cut = ascii.substring(0, MAX_WORDS_LENGTH);
		int lastBreak = cut.lastIndexOf('-');
		return (lastBreak > 0) ? cut.substring(0, lastBreak) : cut;
	}

	/**
	 * Whether text has the shape of a slug, so anything else is a 404 without a query.
	 */
	static boolean isWellFormed(String slug) {
		return slug != null && slug.length() <= MAX_WORDS_LENGTH + 1 + RANDOM_LENGTH
				&& slug.matches("([a-z0-9]+(-[a-z0-9]+)*-)?[" + ALPHABET + "]{" + RANDOM_LENGTH + "}");
	}

}
