package org.onlinelives.platform.account;

import jakarta.servlet.http.HttpServletRequest;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Agencies;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.Users;
import org.onlinelives.platform.security.PasswordPolicy;
import org.onlinelives.platform.security.Sessions;
import org.onlinelives.platform.security.SignInRecorder;
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

	private final SignInRecorder recorder;

	private final Sessions sessions;

	AccountController(Users users, Agencies agencies, PasswordEncoder passwords, PasswordPolicy passwordPolicy,
			AccessLog accessLog, SignInRecorder recorder, Sessions sessions) {
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
		this.accessLog = accessLog;
		this.recorder = recorder;
		this.sessions = sessions;
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
			BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
		User user = this.users.findById(signedIn.id()).orElseThrow();
		if (form.currentPassword() == null || !this.passwords.matches(form.currentPassword(), user.getPasswordHash())) {
			if (this.recorder.currentPasswordFailed(signedIn)) {
				request.getSession().invalidate();
				return "redirect:/sign-in?locked";
			}
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
		// Anyone else holding a session of this person's is signed out; this session gets
		// a new id.
		request.changeSessionId();
		this.sessions.endAllFor(signedIn.id(), request.getSession().getId());
		this.accessLog.record(signedIn, AccessEvent.PASSWORD_CHANGED, "person", signedIn.id(), null);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/account";
	}

}
