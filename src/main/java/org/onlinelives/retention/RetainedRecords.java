package org.onlinelives.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by each module that holds records with a retention period: it knows when
 * its records fall due and how to delete one with everything that hangs off it.
 */
public interface RetainedRecords {

	RecordType type();

	/** Records of the partnership whose retention period ends on or before {@code by}. */
	List<DueRecord> dueBy(long partnershipId, RetentionPeriod period, LocalDate by);

	/**
	 * Finds one record of the partnership.
	 * @param agencyId when not null, only a record held by this agency
	 */
	Optional<HeldRecord> find(long partnershipId, Long agencyId, long id);

	/** Deletes the record and everything that belongs to it. */
	void delete(long partnershipId, long id);

}
