package org.onlinelives.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the marks Thymeleaf leaves where a message key has no message
 * ({@code ??assessment.completed_en_GB??}), so a browser test fails on any page that
 * shows one, in its text or in an attribute.
 */
public final class UnresolvedMessages {

	private static final Pattern MARK = Pattern.compile("\\?\\?[^\\s?<>\"']+_[A-Za-z_]*\\?\\?");

	private UnresolvedMessages() {
	}

	/**
	 * The unresolved message marks in a page.
	 * @param html the page's markup
	 * @return each mark found, in page order; empty if none
	 */
	public static List<String> in(String html) {
		return MARK.matcher(html).results().map((match) -> match.group()).toList();
	}

}
