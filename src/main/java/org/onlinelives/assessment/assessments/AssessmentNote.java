package org.onlinelives.assessment.assessments;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A case note on an assessment. Text only: never an image, and never a description of an
 * indecent image of a child (PRODUCT.md §4, evidence handling).
 *
 * @param noteText the note
 * @param writtenBy who wrote it
 * @param writtenByName their name as it was then
 * @param writtenAt when
 */
@Table("assessment_note")
public record AssessmentNote(String noteText, Long writtenBy, String writtenByName, Instant writtenAt) {

	public static final int MAX_LENGTH = 2000;

}
