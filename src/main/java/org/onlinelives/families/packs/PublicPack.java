package org.onlinelives.families.packs;

import java.time.Instant;
import java.util.List;

import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;

/**
 * A pack as anyone may read it without signing in: the advice and the services' own
 * public contact details. Nothing about staff (no owner, no review dates) is in it.
 *
 * @param title the topic
 * @param intro who it is for, or null
 * @param advice the advice in blocks
 * @param entries the services
 * @param partnershipName the partnership that made it
 * @param updatedAt when it last changed
 */
public record PublicPack(String title, String intro, List<AdviceText.Block> advice, List<Service> entries,
		String partnershipName, Instant updatedAt) {

	public PublicPack {
		advice = List.copyOf(advice);
		entries = List.copyOf(entries);
	}

	/**
	 * A service in a public pack.
	 *
	 * @param name name
	 * @param kind kind of service
	 * @param description what it offers, or null
	 * @param reach local or national
	 * @param minAge youngest age served, or null
	 * @param maxAge oldest age served, or null
	 * @param phone phone, or null
	 * @param email the service's email address, or null
	 * @param webAddress web address, or null
	 * @param hours when it can be reached, or null
	 */
	public record Service(String name, ServiceKind kind, String description, Reach reach, Integer minAge,
			Integer maxAge, String phone, String email, String webAddress, String hours) {

		static Service of(HelpEntry entry) {
			return new Service(entry.name(), entry.kind(), entry.description(), entry.reach(), entry.minAge(),
					entry.maxAge(), entry.phone(), entry.email(), entry.webAddress(), entry.hours());
		}

		public boolean hasAgeRange() {
			return this.minAge != null || this.maxAge != null;
		}

	}

}
