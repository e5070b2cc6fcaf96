package org.onlinelives.casedata.returns;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One figure of a data return as submitted: a category's count, or the breakdown's total,
 * after disclosure control.
 *
 * @param breakdown the breakdown's name, such as {@code AGE_BAND}
 * @param categoryCode what the facts hold
 * @param categoryLabel what people read, as it was when submitted
 * @param total whether this is the breakdown's total
 * @param shownCount the count, or null when withheld
 */
@Table("data_return_figure")
public record ReturnFigure(String breakdown, String categoryCode, String categoryLabel, boolean total,
		Long shownCount) {

	public boolean withheld() {
		return this.shownCount == null;
	}

}
