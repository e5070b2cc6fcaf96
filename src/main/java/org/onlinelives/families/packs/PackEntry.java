package org.onlinelives.families.packs;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One directory entry listed in a pack, in the pack's order.
 *
 * @param directoryEntryId the entry
 */
@Table("advice_pack_entry")
record PackEntry(Long directoryEntryId) {
}
