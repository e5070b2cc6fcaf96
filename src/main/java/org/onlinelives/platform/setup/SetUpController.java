package org.onlinelives.platform.setup;

import org.onlinelives.platform.security.PasswordPolicy;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-time set-up page. Without the right token it does not exist (404).
 */
@Controller
class SetUpController {

	private final FirstRunSetup setup;

	private final PasswordPolicy passwordPolicy;

	SetUpController(FirstRunSetup setup, PasswordPolicy passwordPolicy) {
		this.setup = setup;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model) {
		requireToken(token);
		model.addAttribute("token", token);
		model.addAttribute("form", SetUpForm.empty());
		return "setup/set-up";
	}

	@PostMapping("/setup/{token}")
	String complete(@PathVariable String token, @Validated @ModelAttribute("form") SetUpForm form, BindingResult result,
			Model model) {
		requireToken(token);
		model.addAttribute("token", token);
		if (!result.hasFieldErrors("email") && this.setup.emailTaken(form.email())) {
			result.rejectValue("email", "person.email.taken");
		}
		this.passwordPolicy.problem(form.password(), form.email(), form.name(), form.partnershipName())
			.ifPresent((problem) -> result.rejectValue("password", problem));
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "setup/set-up";
		}
		this.setup.complete(form);
		return "redirect:/sign-in?setUp";
	}

	private void requireToken(String token) {
		if (!this.setup.accepts(token)) {
			throw new RecordNotFoundException("setup", "token");
		}
	}

}
