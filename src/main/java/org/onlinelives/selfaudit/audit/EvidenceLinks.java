package org.onlinelives.selfaudit.audit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links to evidence, typed one per line. Only web addresses (http or https with a host)
 * are accepted, so a link can never run script or open a local file.
 */
public final class EvidenceLinks {

	public static final int MAX_LINKS = 20;

	public static final int MAX_LINK_LENGTH = 2000;

	public static final int MAX_TOTAL_LENGTH = 4000;

	private EvidenceLinks() {
	}

	/** The non-blank lines, trimmed, in the order typed. */
	public static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/**
	 * The lines that are not acceptable web addresses, in the order typed.
	 * @param text the links as typed
	 * @return the bad lines; empty when every line is a good link
	 */
	public static List<String> invalidLines(String text) {
		List<String> invalid = new ArrayList<>();
		for (String line : lines(text)) {
			if (!isWebAddress(line)) {
				invalid.add(line);
			}
		}
		return invalid;
	}

	public static boolean isWebAddress(String candidate) {
		if (candidate == null || candidate.isBlank() || candidate.length() > MAX_LINK_LENGTH
				|| candidate.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(candidate);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The links as stored: one per line, trimmed.
	 * @throws IllegalArgumentException when any line is not a web address or there are
	 * too many
	 */
	public static String normalise(String text) {
		List<String> lines = lines(text);
		if (!invalidLines(text).isEmpty()) {
			throw new IllegalArgumentException("Not web addresses: " + invalidLines(text));
		}
		if (lines.size() > MAX_LINKS) {
			throw new IllegalArgumentException("At most " + MAX_LINKS + " links; got " + lines.size());
		}
		String joined = String.join("\n", lines);
		if (joined.length() > MAX_TOTAL_LENGTH) {
			throw new IllegalArgumentException("Links may take up to " + MAX_TOTAL_LENGTH + " characters");
		}
		return joined.isEmpty() ? null : joined;
	}

}
