package org.onlinelives.assessment;

/**
 * A partnership administrator said that a spelling of a platform means a platform on the
 * partnership's list; the assessment module's records already say the list's name.
 * Modules that count platforms count the variant, and anything compared equal to it by
 * {@link PlatformName#key}, under the canonical name from now on.
 *
 * @param partnershipId the partnership whose list it is
 * @param variant the spelling merged away
 * @param canonical the list's name it now counts as
 */
public record PlatformsMerged(long partnershipId, String variant, String canonical) {
}
