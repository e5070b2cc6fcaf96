package org.onlinelives.families;

import java.util.List;

/**
 * The directory's answer to a signposting need: the entries that fit, best first.
 *
 * @param need what was asked
 * @param entries the entries that fit, possibly none
 */
public record Signposting(SignpostingNeed need, List<HelpEntry> entries) {

	public Signposting {
		entries = List.copyOf(entries);
	}

}
