package org.onlinelives.assessment.catalogue;

/**
 * Where a piece of content or a rule comes from: a seed document and a section of it.
 *
 * @param seed the seed number, e.g. {@code "000"}
 * @param section the section, paragraph or table in that seed
 */
public record Source(String seed, String section) {

	@Override
	public String toString() {
		return "seed " + this.seed + ", " + this.section;
	}

}
