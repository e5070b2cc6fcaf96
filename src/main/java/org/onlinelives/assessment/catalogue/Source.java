package org.onlinelives.assessment.catalogue;

import java.util.Map;

/**
 * Where a piece of content or a rule comes from: a source document and a section of it.
 * On screen a source is named by its short title and section, never by its file.
 *
 * @param seed the number of the source document, e.g. {@code "004"}
 * @param section the section, paragraph or table in that document
 */
public record Source(String seed, String section) {

	private static final Map<String, String> TITLES = Map.of("000", "Online lives audit tool (Youthworks for Dudley)",
			"001", "Dudley online safety evaluation", "002", "Bromley SCB online safety strategy", "003",
			"10 Cs risk and resilience guide (Social Work England / PCFSW)", "004", "Staffordshire e-safety procedure");

	/**
	 * The short title of the source document.
	 * @return the title, or the bare number if the document is not one of the five
	 */
	public String title() {
		return TITLES.getOrDefault(this.seed, this.seed);
	}

	/**
	 * Whether the document is one of the five the product is built from.
	 * @param seed the document number
	 * @return true if known
	 */
	public static boolean isKnown(String seed) {
		return TITLES.containsKey(seed);
	}

	/** Title and section, for example: Staffordshire e-safety procedure, §29. */
	@Override
	public String toString() {
		return title() + ", " + this.section;
	}

}
