package org.onlinelives.assessment.platformlist;

/**
 * A platform name recorded on young people's records that is not spelt as any name on the
 * partnership's list.
 *
 * @param name the spelling
 * @param records how many records hold it
 * @param sameAs the name on the list it already matches (case and spaces aside, or
 * through an earlier merge), or null if none
 */
public record RecordedSpelling(String name, long records, String sameAs) {
}
