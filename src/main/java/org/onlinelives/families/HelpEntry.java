package org.onlinelives.families;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A directory entry as other modules and pages show it. It names no member of staff: the
 * entry's owner is kept inside the directory.
 *
 * @param id the entry's id
 * @param name the service's name
 * @param kind the kind of service
 * @param description what the service offers, in plain English, or null
 * @param audiences who it is for
 * @param topics the Cs it helps with
 * @param reach local or national
 * @param minAge the youngest age it serves, or null for no lower limit
 * @param maxAge the oldest age it serves, or null for no upper limit
 * @param phone phone number, or null
 * @param email email address, or null
 * @param webAddress web address, or null
 * @param hours when it can be reached, or null
 * @param reviewDate when the details must next be checked
 * @param reviewOverdue the review date has passed: the details may be out of date
 */
public record HelpEntry(long id, String name, ServiceKind kind, String description, Set<Audience> audiences,
		Set<HelpTopic> topics, Reach reach, Integer minAge, Integer maxAge, String phone, String email,
		String webAddress, String hours, LocalDate reviewDate, boolean reviewOverdue) {

	public HelpEntry {
		audiences = ordered(Audience.class, audiences);
		topics = ordered(HelpTopic.class, topics);
	}

	/** An unmodifiable copy that lists its constants in declaration order. */
	static <E extends Enum<E>> Set<E> ordered(Class<E> type, Collection<E> values) {
		EnumSet<E> copy = EnumSet.noneOf(type);
		if (values != null) {
			copy.addAll(values);
		}
		return Collections.unmodifiableSet(copy);
	}

	/** Whether the entry serves someone of this age (an unknown age fits every entry). */
	public boolean servesAge(Integer age) {
		return age == null
				|| ((this.minAge == null || age >= this.minAge) && (this.maxAge == null || age <= this.maxAge));
	}

	/** Whether young people or parents and carers can be pointed to it. */
	public boolean isForFamilies() {
		return this.audiences.stream().anyMatch(Audience::isForFamilies);
	}

	/** Whether the entry says anything about age. */
	public boolean hasAgeRange() {
		return this.minAge != null || this.maxAge != null;
	}

}
