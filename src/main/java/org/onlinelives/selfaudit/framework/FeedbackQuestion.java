package org.onlinelives.selfaudit.framework;

/**
 * An optional question offered to an agency after it submits its audit.
 *
 * @param number the question number, 1 to 6
 * @param id a stable identifier for storing answers, for example {@code information-flow}
 * @param text the question
 */
public record FeedbackQuestion(Integer number, String id, String text) {

}
