package org.onlinelives.platform.account;

import jakarta.servlet.http.HttpServletRequest;

import org.onlinelives.platform.security.SignInRecorder;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

	private final OwnAccount account;

	private final SignInRecorder recorder;

	AccountController(OwnAccount account, SignInRecorder recorder) {
		this.account = account;
		this.recorder = recorder;
	}

	record PasswordForm(String currentPassword, String password, String confirmPassword) {
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser signedIn, Model model) {
		OwnAccount.Details details = this.account.details(signedIn);
		model.addAttribute("user", details.user());
		model.addAttribute("agency", details.agency());
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
		if (!this.account.isCurrentPassword(signedIn, form.currentPassword())) {
			if (this.recorder.currentPasswordFailed(signedIn)) {
				request.getSession().invalidate();
				return "redirect:/sign-in?locked";
			}
			result.rejectValue("currentPassword", "password.currentIncorrect");
		}
		this.account.newPasswordProblem(signedIn, form.password())
			.ifPresent((problem) -> result.rejectValue("password", problem));
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		this.account.changePassword(signedIn, form.password(), request.getSession().getId());
		// this session gets a new id
		request.changeSessionId();
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/account";
	}

}
