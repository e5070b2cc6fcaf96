package org.onlinelives.platform.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts a form back on the page after a stale save with the current version, so saving
 * again is possible, while keeping the errors that explain why. Replacing a model
 * attribute would otherwise drop its binding result.
 */
public final class KeepTyped {

	private KeepTyped() {
	}

	/** Replaces the model attribute {@code form}. */
	public static void replaceForm(Model model, BindingResult errors, Object form) {
		replace(model, "form", errors, form);
	}

	/** Replaces the model attribute of this name. */
	public static void replace(Model model, String name, BindingResult errors, Object form) {
		BeanPropertyBindingResult replacement = new BeanPropertyBindingResult(form, name);
		replacement.addAllErrors(errors);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, replacement);
	}

}
