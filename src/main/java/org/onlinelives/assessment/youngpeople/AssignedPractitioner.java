package org.onlinelives.assessment.youngpeople;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A practitioner of the holding agency assigned to work with the young person.
 *
 * @param userId the practitioner
 */
@Table("young_person_practitioner")
public record AssignedPractitioner(Long userId) {

}
