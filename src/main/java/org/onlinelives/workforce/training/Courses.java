package org.onlinelives.workforce.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** A partnership's course catalogue; every method takes the partnership. */
public interface Courses extends Repository<Course, Long> {

	Course save(Course course);

	Optional<Course> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<Course> findByPartnershipIdOrderByTitle(Long partnershipId);

	boolean existsByPartnershipIdAndTitleIgnoreCase(Long partnershipId, String title);

}
