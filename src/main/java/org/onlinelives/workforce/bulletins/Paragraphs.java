package org.onlinelives.workforce.bulletins;

import java.util.Arrays;
import java.util.List;

/**
 * Plain text as paragraphs: a blank line starts a new one. Bulletins and the code of
 * conduct are written as plain text so nothing typed can become markup.
 */
public final class Paragraphs {

	private Paragraphs() {
	}

	public static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.replace("\r\n", "\n").split("\\n\\s*\\n"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.toList();
	}

}
