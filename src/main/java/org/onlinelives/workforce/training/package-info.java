/**
 * Courses, training records, refreshers and coverage. Other modules read an agency's
 * coverage through {@link org.onlinelives.workforce.training.TrainingCoverageQuery}.
 */
@org.springframework.modulith.NamedInterface("training")
package org.onlinelives.workforce.training;
