package org.onlinelives.survey.imports;

/**
 * Why a row was rejected: its number as a spreadsheet shows it, the column heading, a
 * message key for the reason, and the value and limit the message names ({0} and {1}).
 */
public record RowProblem(int row, String column, String reason, String value, int limit) {

	public Object[] arguments() {
		return new Object[] { this.value, this.limit };
	}

}
