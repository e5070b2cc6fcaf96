package org.onlinelives.families.packs;

import java.util.ArrayList;
import java.util.List;

/**
 * Advice as a pack shows it: plain text in blocks separated by blank lines. A block whose
 * every line starts with "- " or "* " is a bulleted list; any other block is a paragraph.
 * No markup is read, so nothing typed can become HTML.
 */
public final class AdviceText {

	private AdviceText() {
	}

	/**
	 * One block of advice.
	 *
	 * @param list whether the lines are list items
	 * @param lines the paragraph's lines joined, or the list's items
	 */
	public record Block(boolean list, List<String> lines) {

		public Block {
			lines = List.copyOf(lines);
		}

		/** A paragraph's text, its lines joined by spaces. */
		public String text() {
			return String.join(" ", this.lines);
		}

	}

	public static List<Block> blocks(String advice) {
		List<Block> blocks = new ArrayList<>();
		if (advice == null) {
			return blocks;
		}
		for (String chunk : advice.replace("\r\n", "\n").split("\n\\s*\n")) {
			List<String> lines = chunk.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			boolean list = lines.stream().allMatch(AdviceText::isItem);
			blocks
				.add(new Block(list, list ? lines.stream().map((line) -> line.substring(2).strip()).toList() : lines));
		}
		return blocks;
	}

	private static boolean isItem(String line) {
		return (line.startsWith("- ") || line.startsWith("* ")) && line.length() > 2;
	}

}
