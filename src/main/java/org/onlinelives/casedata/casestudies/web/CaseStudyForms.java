package org.onlinelives.casedata.casestudies.web;

import java.util.List;

import org.onlinelives.casedata.casestudies.CaseStudyRuleException;
import org.springframework.validation.Errors;

/**
 * Reading typed text into values, and turning a case study rule's refusal into the form
 * errors it names. The rules themselves live in the aggregate.
 */
final class CaseStudyForms {

	private CaseStudyForms() {
	}

	/** A version that is not a number matches no saved version: the page is stale. */
	static Long version(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static void reject(Errors errors, CaseStudyRuleException refusal) {
		for (CaseStudyRuleException.Problem problem : refusal.problems()) {
			Object[] arguments = problem.arguments().toArray();
			if (problem.field() == null || !fieldOf(errors, problem.field())) {
				errors.reject(problem.messageKey(), arguments, null);
			}
			else if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey(), arguments, null);
			}
		}
	}

	private static boolean fieldOf(Errors errors, String field) {
		Object target = (errors instanceof org.springframework.validation.BindingResult result) ? result.getTarget()
				: null;
		return target != null && target.getClass().isRecord()
				&& List.of(target.getClass().getRecordComponents())
					.stream()
					.anyMatch((component) -> component.getName().equals(field));
	}

}
