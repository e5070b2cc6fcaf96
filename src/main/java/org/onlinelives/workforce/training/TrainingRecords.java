package org.onlinelives.workforce.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Who completed which course; every method takes the partnership. */
@Transactional(readOnly = true)
public interface TrainingRecords extends Repository<TrainingRecord, Long> {

	@Transactional
	TrainingRecord save(TrainingRecord record);

	Optional<TrainingRecord> findByIdAndPartnershipId(Long id, Long partnershipId);

	boolean existsByUserIdAndCourseIdAndCompletedOn(Long userId, Long courseId, java.time.LocalDate completedOn);

	List<TrainingRecord> findByPartnershipIdAndUserIdOrderByCompletedOnDesc(Long partnershipId, Long userId);

	@Query("""
			select * from training_record
			where partnership_id = :partnership
			  and (cast(:agency as bigint) is null or agency_id = :agency)
			order by completed_on desc, id""")
	List<TrainingRecord> findInScope(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

}
