package org.onlinelives.selfaudit.scoring;

/**
 * Red, amber or green rating of a result; {@link #NOT_SCORED} when nothing in it was
 * scored, so an empty section is never shown as red.
 */
public enum RagBand {

	RED, AMBER, GREEN, NOT_SCORED

}
