package org.onlinelives.families.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * Reading typed text into values, and turning a directory or pack rule's refusal into the
 * form errors it names. The rules themselves live in the aggregates.
 */
final class FamiliesForms {

	/** Where a rule's field is a different field on the page (a date's first box). */
	private static final Map<String, String> PAGE_FIELDS = Map.of("reviewDate", "reviewDay");

	private FamiliesForms() {
	}

	static Integer number(String text) {
		return FormValues.toLong(text)
			.filter((value) -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE)
			.map(Long::intValue)
			.orElse(null);
	}

	static <E extends Enum<E>> E option(Class<E> type, String text) {
		return FormValues.toEnum(type, text).orElse(null);
	}

	/**
	 * The constants named, leaving out any name that is not one (reported separately).
	 */
	static <E extends Enum<E>> Set<E> options(Class<E> type, Collection<String> names) {
		Set<E> values = EnumSet.noneOf(type);
		if (names != null) {
			names.forEach((name) -> FormValues.toEnum(type, name).ifPresent(values::add));
		}
		return values;
	}

	static <E extends Enum<E>> boolean anyUnknown(Class<E> type, Collection<String> names) {
		return names != null && names.stream().anyMatch((name) -> FormValues.toEnum(type, name).isEmpty());
	}

	/** Text that was typed but is not a number, date or listed option: a type error. */
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

	/** A date from the three boxes of a GOV.UK date input, or null if they make none. */
	static LocalDate date(String day, String month, String year) {
		Integer d = number(day);
		Integer m = number(month);
		Integer y = number(year);
		if (d == null || m == null || y == null || y < 1000 || y > 9999) {
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	static List<String> names(Collection<? extends Enum<?>> values) {
		List<String> names = new ArrayList<>();
		values.forEach((value) -> names.add(value.name()));
		return names;
	}

	static void reject(Errors errors, HelpRuleException refusal) {
		reject(errors, refusal.problems());
	}

	/**
	 * Adds each problem as a form error, skipping fields that already have one (a value
	 * that could not be read is reported once, as unreadable).
	 */
	static void reject(Errors errors, List<HelpRuleException.Problem> problems) {
		for (HelpRuleException.Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
				continue;
			}
			String field = PAGE_FIELDS.getOrDefault(problem.field(), problem.field());
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, problem.messageKey());
			}
		}
	}

}
