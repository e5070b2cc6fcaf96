package org.onlinelives.casedata.casestudies;

/**
 * A possible identifier found in a text.
 *
 * @param kind what it looks like
 * @param start index of its first character
 * @param end index after its last character
 * @param text the text found
 */
public record Finding(IdentifierKind kind, int start, int end, String text) {

	/** Whether a dismissal ("not an identifier") of this kind and text covers it. */
	public boolean sameAs(IdentifierKind otherKind, String otherText) {
		return this.kind == otherKind && this.text.equalsIgnoreCase(otherText.trim());
	}

	boolean overlaps(Finding other) {
		return this.start < other.end && other.start < this.end;
	}

}
