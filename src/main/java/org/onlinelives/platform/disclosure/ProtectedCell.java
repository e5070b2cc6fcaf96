package org.onlinelives.platform.disclosure;

/**
 * One figure of a protected table: a count that may be shown (perhaps rounded), or a
 * suppressed one whose value is not kept.
 *
 * @param value the count to show, or null when suppressed
 * @param suppressed whether the figure is withheld
 * @param primary whether it was withheld for being small itself (rather than to protect
 * another)
 */
public record ProtectedCell(Long value, boolean suppressed, boolean primary) {

	public ProtectedCell {
		if (suppressed == (value != null)) {
			throw new IllegalArgumentException("A cell is either suppressed or has a value");
		}
	}

	static ProtectedCell shown(long value) {
		return new ProtectedCell(value, false, false);
	}

	static ProtectedCell withheld(boolean primary) {
		return new ProtectedCell(null, true, primary);
	}

}
