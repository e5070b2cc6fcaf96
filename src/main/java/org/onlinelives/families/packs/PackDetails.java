package org.onlinelives.families.packs;

import java.util.List;

/**
 * What an administrator says about an advice pack.
 *
 * @param title the topic, as a family would name it (for example "Sharing pictures")
 * @param intro one or two sentences saying who the pack is for, or null
 * @param advice the advice: paragraphs separated by blank lines; lines starting "- " are
 * a list
 * @param entryIds the directory entries, in the order to show them
 */
public record PackDetails(String title, String intro, String advice, List<Long> entryIds) {

	public PackDetails {
		entryIds = (entryIds != null) ? List.copyOf(entryIds) : List.of();
	}

}
