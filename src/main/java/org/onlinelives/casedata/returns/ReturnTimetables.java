package org.onlinelives.casedata.returns;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ReturnTimetables extends Repository<ReturnTimetable, Long> {

	@Transactional
	ReturnTimetable save(ReturnTimetable timetable);

	Optional<ReturnTimetable> findByPartnershipId(long partnershipId);

}
