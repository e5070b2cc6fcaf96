package org.onlinelives.casedata.returns;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted returns. There is no delete, and a saved return is never saved again: a
 * correction is a new return with the next version.
 */
@Transactional(readOnly = true)
interface DataReturns extends Repository<DataReturn, Long> {

	@Transactional
	DataReturn save(DataReturn dataReturn);

	Optional<DataReturn> findByIdAndPartnershipId(long id, long partnershipId);

}
