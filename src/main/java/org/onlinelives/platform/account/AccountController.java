package org.onlinelives.platform.account;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Agencies;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.Users;
import org.onlinelives.platform.security.PasswordPolicy;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

	private final Users users;

	private final Agencies agencies;

	private final PasswordEncoder passwords;

	private final PasswordPolicy passwordPolicy;

	private final AccessLog accessLog;

	AccountController(Users users, Agencies agencies, PasswordEncoder passwords, PasswordPolicy passwordPolicy,
			AccessLog accessLog) {
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
		this.accessLog = accessLog;
	}

	record PasswordForm(String currentPassword, String password, String confirmPassword) {
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser signedIn, Model model) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		model.addAttribute("user", user);
		model.addAttribute("agency", (user.getAgencyId() != null)
				? this.agencies.findByIdAndPartnershipId(user.getAgencyId(), user.getPartnershipId()).orElse(null)
				: null);
		model.addAttribute("secondFactorRequired", signedIn.secondFactorRequired());
		return "account/account";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser signedIn, @ModelAttribute("form") PasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		if (form.currentPassword() == null || !this.passwords.matches(form.currentPassword(), user.getPasswordHash())) {
			result.rejectValue("currentPassword", "password.currentIncorrect");
		}
		this.passwordPolicy.problem(form.password(), user.getEmail(), user.getDisplayName())
			.ifPresent((problem) -> result.rejectValue("password", problem));
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		user.changePassword(this.passwords.encode(form.password()));
		this.users.save(user);
		this.accessLog.record(signedIn, AccessEvent.PASSWORD_CHANGED, "person", signedIn.id(), null);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/account";
	}

}
