package org.onlinelives.selfaudit.framework;

/**
 * One point on the 0 to 4 scoring scale.
 *
 * @param score the score, 0 to 4
 * @param label a short label
 * @param descriptor what the score means
 */
public record ScaleLevel(int score, String label, String descriptor) {

}
