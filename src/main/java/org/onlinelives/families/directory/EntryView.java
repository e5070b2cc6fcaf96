package org.onlinelives.families.directory;

import org.onlinelives.families.HelpEntry;

/**
 * An entry as the directory's own pages show it to people in the partnership: the entry,
 * where its review stands, and who keeps it.
 *
 * @param entry the entry
 * @param reviewStatus where it stands against its review date
 * @param ownerName the name of the person who checks it, or null if nobody does yet
 * @param ownerEmail their email address, or null
 * @param mine the person looking is its owner
 * @param version the version, for safe editing
 */
public record EntryView(HelpEntry entry, ReviewStatus reviewStatus, String ownerName, String ownerEmail, boolean mine,
		long version) {

}
