package org.onlinelives.platform.web;

/**
 * The one rule for text written to a CSV file that people open in a spreadsheet: a cell
 * starting with =, +, -, @, a tab or a carriage return would run as a formula there, so
 * it is written with a leading apostrophe (shown as text).
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The value as it may be written: text that would run as a formula is quoted. */
	public static Object safe(Object value) {
		return (value instanceof String text) ? safe(text) : value;
	}

	public static String safe(String text) {
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
