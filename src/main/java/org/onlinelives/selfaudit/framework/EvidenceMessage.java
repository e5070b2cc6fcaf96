package org.onlinelives.selfaudit.framework;

/**
 * A message from research or evaluation, with where it comes from.
 *
 * @param text the message
 * @param source the source, named on screen
 */
public record EvidenceMessage(String text, String source) {

}
