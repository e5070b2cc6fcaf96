package org.onlinelives.workforce.training;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Course evaluations; every method takes the partnership. */
@Transactional(readOnly = true)
public interface CourseEvaluations extends Repository<CourseEvaluation, Long> {

	@Transactional
	CourseEvaluation save(CourseEvaluation evaluation);

	boolean existsByRecordId(Long recordId);

	List<CourseEvaluation> findByPartnershipIdAndCourseIdOrderBySubmittedAtDesc(Long partnershipId, Long courseId);

	List<CourseEvaluation> findByPartnershipIdAndRecordIdIn(Long partnershipId, java.util.Collection<Long> recordIds);

}
