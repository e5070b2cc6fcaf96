package org.onlinelives.casedata.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * The dashboard filters, bound as text from the query string. Blank months mean the last
 * twelve months.
 */
record FilterForm(String fromMonth, String fromYear, String toMonth, String toYear, String ageBand, String gender,
		String cases) {

	static final int MAX_YEARS = 10;

	static FilterForm of(FigureFilter filter) {
		return new FilterForm(String.valueOf(filter.from().getMonthValue()), String.valueOf(filter.from().getYear()),
				String.valueOf(filter.to().getMonthValue()), String.valueOf(filter.to().getYear()),
				(filter.ageBand() != null) ? filter.ageBand() : "", (filter.gender() != null) ? filter.gender() : "",
				filter.onlineOnly() ? "online" : "all");
	}

	/**
	 * The filter, or empty with errors. Unknown age bands or genders are errors, not
	 * silent empty results.
	 */
	Optional<FigureFilter> validate(Errors errors, YearMonth current, List<String> genders) {
		FigureFilter defaults = FigureFilter.lastTwelveMonths(current);
		YearMonth from = month(this.fromMonth, this.fromYear, defaults.from(), "fromMonth", errors);
		YearMonth to = month(this.toMonth, this.toYear, defaults.to(), "toMonth", errors);
		if (from != null && to != null) {
			if (from.isAfter(to)) {
				errors.rejectValue("toMonth", "casedata.filter.toBeforeFrom");
			}
			else if (from.plusYears(MAX_YEARS).isBefore(to.plusMonths(1))) {
				errors.rejectValue("toMonth", "casedata.filter.tooLong", new Object[] { MAX_YEARS }, null);
			}
		}
		String band = blank(this.ageBand) ? null : this.ageBand.strip();
		if (band != null && !CaseSnapshot.AGE_BANDS.contains(band)) {
			errors.rejectValue("ageBand", "casedata.filter.ageBand.invalid");
		}
		String genderCode = blank(this.gender) ? null : this.gender.strip();
		if (genderCode != null && !genders.contains(genderCode)) {
			errors.rejectValue("gender", "casedata.filter.gender.invalid");
		}
		if (!blank(this.cases) && !"online".equals(this.cases) && !"all".equals(this.cases)) {
			errors.rejectValue("cases", "casedata.filter.cases.invalid");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new FigureFilter(from, to, band, genderCode, !"all".equals(this.cases)));
	}

	private static YearMonth month(String month, String year, YearMonth fallback, String field, Errors errors) {
		if (blank(month) && blank(year)) {
			return fallback;
		}
		Optional<Long> m = FormValues.toLong(month);
		Optional<Long> y = FormValues.toLong(year);
		if (m.isEmpty() || y.isEmpty() || m.get() < 1 || m.get() > 12 || y.get() < 2000 || y.get() > 2100) {
			errors.rejectValue(field, "casedata.filter.month");
			return null;
		}
		return YearMonth.of(y.get().intValue(), m.get().intValue());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
