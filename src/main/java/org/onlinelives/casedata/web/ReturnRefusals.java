package org.onlinelives.casedata.web;

import org.onlinelives.casedata.returns.ReturnRuleException;
import org.springframework.validation.Errors;

/**
 * Shows a return or timetable rule's refusals as form errors, each on its field (or the
 * whole form), without checking any rule again.
 */
final class ReturnRefusals {

	private ReturnRefusals() {
	}

	static void reject(Errors errors, ReturnRuleException ex) {
		for (ReturnRuleException.Problem problem : ex.problems()) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
			}
			else if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

}
