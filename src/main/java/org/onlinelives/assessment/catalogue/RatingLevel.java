package org.onlinelives.assessment.catalogue;

/**
 * One level of the risk–resilience scale used to rate each of the 10 Cs.
 *
 * @param level 1 (strong resilience) to 5 (high risk)
 * @param code stable code
 * @param label short label
 * @param description what the level means
 */
public record RatingLevel(int level, String code, String label, String description) {

}
