package org.onlinelives.families.directory;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;

/**
 * What the directory list is narrowed to. A null part does not narrow it.
 *
 * @param audience only entries for these people
 * @param topic only entries that help with this C
 * @param reach only local or only national entries
 * @param age only entries serving this age
 * @param review only entries in this state of review
 */
public record DirectoryFilter(Audience audience, HelpTopic topic, Reach reach, Integer age, Review review) {

	/** Narrowing the list by review. */
	public enum Review {

		/** Review date passed. */
		OVERDUE,

		/** Review date passed or within 30 days. */
		DUE,

		/** Entries the person looking keeps. */
		MINE

	}

	public static DirectoryFilter none() {
		return new DirectoryFilter(null, null, null, null, null);
	}

	boolean admits(EntryView view) {
		var entry = view.entry();
		return (this.audience == null || entry.audiences().contains(this.audience))
				&& (this.topic == null || entry.topics().contains(this.topic))
				&& (this.reach == null || entry.reach() == this.reach)
				&& (this.age == null || entry.servesAge(this.age)) && admitsReview(view);
	}

	private boolean admitsReview(EntryView view) {
		if (this.review == null) {
			return true;
		}
		return switch (this.review) {
			case OVERDUE -> view.reviewStatus() == ReviewStatus.OVERDUE;
			case DUE -> view.reviewStatus() != ReviewStatus.CURRENT;
			case MINE -> view.mine();
		};
	}

}
