package org.onlinelives.assessment.catalogue;

/**
 * An offline adversity in the family that must prompt a deeper look at online life.
 *
 * @param code stable code
 * @param title plain-English title
 * @param source where it comes from
 */
public record OfflineAdversity(String code, String title, Source source) {

}
