package org.onlinelives.casedata.web;

import java.util.List;
import java.util.Optional;

import org.onlinelives.casedata.returns.ReturnPeriod;
import org.springframework.validation.Errors;

/**
 * The period chosen for the partnership figures, bound as text from the query string;
 * blank means the latest.
 *
 * @param period the period's first month, such as {@code 2026-10}
 */
record PeriodChoice(String period) {

	/**
	 * The chosen period, or empty with an error when the link names no period offered.
	 */
	Optional<ReturnPeriod> validate(Errors errors, List<ReturnPeriod> offered, Optional<ReturnPeriod> found) {
		if (this.period == null || this.period.isBlank()) {
			return offered.stream().findFirst();
		}
		if (found.isEmpty()) {
			errors.rejectValue("period", "casedata.partnership.period.invalid");
		}
		return found;
	}

}
