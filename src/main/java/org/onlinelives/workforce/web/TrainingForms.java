package org.onlinelives.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.onlinelives.workforce.training.TrainingRuleException;
import org.springframework.validation.Errors;

/**
 * Reading typed text into values, and turning a training rule's refusal into the form
 * error it names. Rules themselves live in the aggregates.
 */
final class TrainingForms {

	private TrainingForms() {
	}

	static Integer number(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Long id(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static LocalDate date(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
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

	/** Text that was typed but is not a number, date or listed option: a type error. */
	static boolean unreadable(String text, Object value) {
		return text != null && !text.isBlank() && value == null;
	}

	static void reject(Errors errors, TrainingRuleException refusal) {
		reject(errors, refusal.problems());
	}

	/**
	 * Adds each problem as a form error, skipping fields that already have one (a value
	 * that could not be read is reported once, as unreadable).
	 */
	static void reject(Errors errors, List<TrainingRuleException.Problem> problems) {
		for (TrainingRuleException.Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
			}
			else if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	/**
	 * Adds each problem a bulletin or code-of-conduct rule found as a form error, as
	 * {@link #reject(Errors, List)} does for training.
	 */
	static void reject(Errors errors, org.onlinelives.workforce.bulletins.BulletinRuleException refusal) {
		reject(errors,
				refusal.problems()
					.stream()
					.map((problem) -> new TrainingRuleException.Problem(problem.field(), problem.messageKey()))
					.toList());
	}

	static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

}
