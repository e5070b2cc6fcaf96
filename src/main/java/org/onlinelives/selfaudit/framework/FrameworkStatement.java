package org.onlinelives.selfaudit.framework;

/**
 * A statement an agency scores itself against.
 *
 * @param number the published number, for example {@code 2.4}
 * @param text the statement
 * @param suggestedAction the action proposed when the statement scores low
 */
public record FrameworkStatement(String number, String text, String suggestedAction) {

	/**
	 * The section this statement belongs to.
	 * @return the section number, 1 to 6
	 */
	public int sectionNumber() {
		return Integer.parseInt(this.number.substring(0, this.number.indexOf('.')));
	}

	/**
	 * The statement's place within its section.
	 * @return the position, 1 to 6
	 */
	public int position() {
		return Integer.parseInt(this.number.substring(this.number.indexOf('.') + 1));
	}

}
