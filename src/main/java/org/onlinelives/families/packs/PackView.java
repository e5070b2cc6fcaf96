package org.onlinelives.families.packs;

import java.util.List;

import org.onlinelives.families.HelpEntry;

/**
 * A pack as the partnership's own pages show it.
 *
 * @param pack the pack
 * @param advice its advice in blocks
 * @param entries its directory entries, in order
 */
public record PackView(AdvicePack pack, List<AdviceText.Block> advice, List<HelpEntry> entries) {

	public PackView {
		advice = List.copyOf(advice);
		entries = List.copyOf(entries);
	}

}
