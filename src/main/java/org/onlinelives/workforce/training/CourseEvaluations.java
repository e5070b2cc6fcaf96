package org.onlinelives.workforce.training;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Course evaluations; every method takes the partnership. */
public interface CourseEvaluations extends Repository<CourseEvaluation, Long> {

	CourseEvaluation save(CourseEvaluation evaluation);

	boolean existsByRecordId(Long recordId);

	List<CourseEvaluation> findByPartnershipIdAndCourseIdOrderBySubmittedAtDesc(Long partnershipId, Long courseId);

	List<CourseEvaluation> findByPartnershipIdAndRecordIdIn(Long partnershipId, java.util.Collection<Long> recordIds);

}
