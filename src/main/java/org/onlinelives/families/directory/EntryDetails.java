package org.onlinelives.families.directory;

import java.time.LocalDate;
import java.util.Set;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;

/**
 * What an administrator says about a directory entry. Blank optional parts are null; a
 * part that could not be read at all (a number that is not a number) is null too, and the
 * form reports it.
 *
 * @param name the service's name, as people will look for it
 * @param kind the kind of service
 * @param description what it offers, in plain English, or null
 * @param audiences who it is for
 * @param topics the Cs it helps with
 * @param reach local or national
 * @param minAge youngest age served, or null
 * @param maxAge oldest age served, or null
 * @param phone phone number, or null
 * @param email email address, or null
 * @param webAddress web address (https), or null
 * @param hours when it can be reached, or null
 * @param reviewDate when the details must next be checked
 */
public record EntryDetails(String name, ServiceKind kind, String description, Set<Audience> audiences,
		Set<HelpTopic> topics, Reach reach, Integer minAge, Integer maxAge, String phone, String email,
		String webAddress, String hours, LocalDate reviewDate) {

	public EntryDetails {
		audiences = (audiences != null) ? Set.copyOf(audiences) : Set.of();
		topics = (topics != null) ? Set.copyOf(topics) : Set.of();
	}

}
