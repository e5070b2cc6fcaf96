package org.onlinelives.families;

import java.util.Set;

/**
 * What a case needs help with, as the signposting prompt asks the directory.
 *
 * @param topics the case's Cs; empty when none is recorded
 * @param age the young person's age, or null if not known
 * @param youngPersonOnly help for the young person only, not the family (when the family
 * may be the risk)
 */
public record SignpostingNeed(Set<HelpTopic> topics, Integer age, boolean youngPersonOnly) {

	public SignpostingNeed {
		topics = HelpEntry.ordered(HelpTopic.class, topics);
	}

}
