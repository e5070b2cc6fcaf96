package org.onlinelives.assessment;

import java.util.Locale;

/**
 * How a platform's name is compared, wherever it is: case and spaces do not matter, so
 * "Snapchat ", "snapchat" and "Snap chat" are one platform. Public so the modules that
 * count platforms compare them the same way.
 */
public final class PlatformName {

	private PlatformName() {
	}

	/** The name as shown and kept: trimmed, runs of white space made one space. */
	public static String tidy(String name) {
		return (name != null) ? name.strip().replaceAll("\\s+", " ") : "";
	}

	/** The name as compared: lower case with no white space. */
	public static String key(String name) {
		return (name != null) ? name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT) : "";
	}

}
