package org.onlinelives.strategy.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onlinelives.strategy.plan.StrategyRuleException;
import org.springframework.validation.Errors;

/**
 * Reading typed text into values, and turning a plan rule's refusal into the form error
 * it names. Rules themselves live in the aggregates.
 */
final class StrategyForms {

	/**
	 * Fields the aggregate names differently from the form (the due date's three boxes).
	 */
	private static final Map<String, String> FORM_FIELDS = Map.of("dueDate", "dueDay");

	private StrategyForms() {
	}

	static Long id(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static <E extends Enum<E>> E option(Class<E> type, String text) {
		try {
			return (text == null || text.isBlank()) ? null : Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Text that was typed but is not a number or listed option. */
	static boolean unreadable(String text, Object value) {
		return text != null && !text.isBlank() && value == null;
	}

	static boolean blank(String... texts) {
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** A date from the GOV.UK date input's three boxes, or null if they make no date. */
	static LocalDate date(String day, String month, String year) {
		Long d = id(day);
		Long m = id(month);
		Long y = id(year);
		if (d == null || m == null || y == null || y < 1000 || y > 9999) {
			return null;
		}
		try {
			return LocalDate.of(y.intValue(), m.intValue(), d.intValue());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static void reject(Errors errors, StrategyRuleException refusal) {
		reject(errors, refusal.problems());
	}

	/**
	 * Adds each problem as a form error, skipping fields that already have one (a value
	 * that could not be read is reported once, as unreadable).
	 */
	static void reject(Errors errors, List<StrategyRuleException.Problem> problems) {
		for (StrategyRuleException.Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
				continue;
			}
			String field = FORM_FIELDS.getOrDefault(problem.field(), problem.field());
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, problem.messageKey());
			}
		}
	}

	static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

}
