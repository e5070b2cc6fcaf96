package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;
import org.springframework.validation.BindingResult;

/**
 * Turns an aggregate's refusal into form errors: each refusal with a message key goes
 * beside the form field it is about, so the page shows it in its error summary and under
 * the field, with everything typed kept. The rule itself is never checked here.
 */
final class AnswerRefusals {

	private AnswerRefusals() {
	}

	/**
	 * Adds each refusal that has a message key and a field on the form as that field's
	 * error, unless the field already has one (text that could not be read is reported
	 * once, as unreadable).
	 * @param formField the form field for a refusal's path, or null for a refusal the
	 * form has already reported in its own words (it is dropped)
	 * @return the refusals not added: those without a message key or a field on the form
	 */
	static List<Refusal> reject(BindingResult result, InvalidAnswerException ex, UnaryOperator<String> formField) {
		List<Refusal> rest = new ArrayList<>();
		for (Refusal refusal : ex.refusals()) {
			String field = formField.apply(refusal.field());
			if (field == null) {
				continue;
			}
			if (refusal.messageKey() == null || !isField(result.getTarget(), field)) {
				rest.add(refusal);
			}
			else if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, refusal.messageKey());
			}
		}
		return rest;
	}

	private static boolean isField(Object form, String field) {
		return form != null && form.getClass().isRecord() && Arrays.stream(form.getClass().getRecordComponents())
			.anyMatch((component) -> component.getName().equals(field));
	}

}
