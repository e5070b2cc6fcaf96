package org.onlinelives.families.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.SignpostingNeed;

/**
 * Which directory entries fit a case, as the assessment's signposting prompt shows them.
 * Plain Java, so the rule can be tested case by case.
 * <ul>
 * <li>Who: the Online lives audit tool (§6.4–6.5) signposts the young person and the
 * parents or carers, so entries only for professionals never fit. When the family may be
 * the risk (Staffordshire e-safety procedure, §17), only entries for young people
 * fit.</li>
 * <li>Age: the young person's age must be inside the entry's range; an unknown age fits
 * every range.</li>
 * <li>Cs: the entry must help with at least one of the case's Cs. A case with no C
 * recorded (signposting raised by vulnerability factors or offline adversities alone)
 * gets general help: entries that help with every C.</li>
 * </ul>
 * Local entries come first (they know the area), then those matching more of the case's
 * Cs, then by name.
 */
public final class SignpostingMatch {

	private SignpostingMatch() {
	}

	public static boolean fits(HelpEntry entry, SignpostingNeed need) {
		return forWhom(entry, need) && entry.servesAge(need.age()) && helpsWith(entry, need);
	}

	public static List<HelpEntry> select(Collection<HelpEntry> entries, SignpostingNeed need) {
		return entries.stream()
			.filter((entry) -> fits(entry, need))
			.sorted(Comparator.comparing((HelpEntry entry) -> entry.reach() != Reach.LOCAL)
				.thenComparing(Comparator.comparingLong((HelpEntry entry) -> shared(entry, need)).reversed())
				.thenComparing(HelpEntry::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static boolean forWhom(HelpEntry entry, SignpostingNeed need) {
		if (need.youngPersonOnly()) {
			return entry.audiences().contains(Audience.YOUNG_PEOPLE);
		}
		return entry.isForFamilies();
	}

	private static boolean helpsWith(HelpEntry entry, SignpostingNeed need) {
		if (need.topics().isEmpty()) {
			return entry.topics().containsAll(EnumSet.allOf(HelpTopic.class));
		}
		return shared(entry, need) > 0;
	}

	private static long shared(HelpEntry entry, SignpostingNeed need) {
		return entry.topics().stream().filter(need.topics()::contains).count();
	}

}
