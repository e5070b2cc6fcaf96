package org.onlinelives.workforce.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A partnership's course catalogue; every method takes the partnership. */
@Transactional(readOnly = true)
public interface Courses extends Repository<Course, Long> {

	@Transactional
	Course save(Course course);

	Optional<Course> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<Course> findByPartnershipIdOrderByTitle(Long partnershipId);

	boolean existsByPartnershipIdAndTitleIgnoreCase(Long partnershipId, String title);

}
