package org.onlinelives.assessment.catalogue;

/**
 * One answer to a follow-up question.
 *
 * @param code stable code
 * @param title the answer in plain English
 * @param source where it comes from
 */
public record AnswerOption(String code, String title, Source source) {

}
