package org.onlinelives.families;

import java.util.Collection;
import java.util.List;

/**
 * The published query over the partnership's help directory. Other modules read the
 * directory through it and never through its repository.
 */
public interface HelpDirectory {

	/**
	 * The partnership's entries of some kinds of service, in the order of the kinds given
	 * and then by name: the local contacts a procedure prompt names.
	 * @param partnershipId the partnership
	 * @param kinds the kinds of service wanted
	 * @return the entries, possibly none
	 */
	List<HelpEntry> forServices(long partnershipId, Collection<ServiceKind> kinds);

	/**
	 * The partnership's entries that fit a case: for young people (or parents and carers,
	 * unless the help is for the young person only), serving the young person's age, and
	 * helping with one of the case's Cs, or with every C when the case records none.
	 * @param partnershipId the partnership
	 * @param need the case's Cs, the young person's age and who the help is for
	 * @return the entries that fit, local before national
	 */
	Signposting forSignposting(long partnershipId, SignpostingNeed need);

}
