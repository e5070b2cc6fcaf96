package org.onlinelives.platform.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;

import org.onlinelives.platform.people.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turning on the second factor: scan a QR code (or type the key), prove it with a code,
 * keep the recovery codes. Required of administrators and agency leads before they can go
 * any further.
 */
@Controller
class TwoFactorSetUpController {

	private static final String PENDING_SECRET = "twoFactor.pendingSecret";

	private final SecondFactorCodes codes;

	private final SecondFactorSetUp setUp;

	private final SignInStages stages;

	private final PeopleDetailsService people;

	TwoFactorSetUpController(SecondFactorCodes codes, SecondFactorSetUp setUp, SignInStages stages,
			PeopleDetailsService people) {
		this.codes = codes;
		this.setUp = setUp;
		this.stages = stages;
		this.people = people;
	}

	record CodeForm(@NotBlank(message = "{twoFactor.code.required}") String code) {
	}

	@GetMapping("/account/two-factor/set-up")
	String setUp(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
		if (currentUser(user).isTotpEnabled()) {
			return "redirect:/account";
		}
		model.addAttribute("form", new CodeForm(""));
		return showSetUp(user, session, model);
	}

	@PostMapping("/account/two-factor/set-up")
	String confirm(@Validated @ModelAttribute("form") CodeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser signedIn, Authentication authentication, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		User user = currentUser(signedIn);
		if (user.isTotpEnabled()) {
			return "redirect:/account";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		java.util.OptionalLong step = result.hasErrors() ? java.util.OptionalLong.empty()
				: this.codes.matchingStep(secret, form.code());
		if (!result.hasErrors() && step.isEmpty()) {
			result.rejectValue("code", "twoFactor.code.incorrect");
		}
		if (result.hasErrors()) {
			return showSetUp(signedIn, session, model);
		}
		String signInNote = SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_SET_UP_REQUIRED)
				? SignInStages.firstFactor(request) + ", then second factor set up" : null;
		SecondFactorSetUp.Enabled enabled = this.setUp.enable(signedIn, secret, step.getAsLong(), signInNote);
		session.removeAttribute(PENDING_SECRET);
		this.stages.completeSignIn(this.people.signedIn(enabled.user()), request, response);
		redirect.addFlashAttribute("recoveryCodes", enabled.recoveryCodes());
		redirect.addFlashAttribute("justSetUp", true);
		return "redirect:/account/two-factor/recovery-codes";
	}

	@GetMapping("/account/two-factor/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:/account";
		}
		return "security/recovery-codes";
	}

	@PostMapping("/account/two-factor/recovery-codes")
	String replaceRecoveryCodes(@AuthenticationPrincipal SignedInUser signedIn, RedirectAttributes redirect) {
		Optional<List<String>> replaced = this.setUp.replaceRecoveryCodes(signedIn);
		if (replaced.isEmpty()) {
			return "redirect:/account/two-factor/set-up";
		}
		redirect.addFlashAttribute("recoveryCodes", replaced.get());
		redirect.addFlashAttribute("justSetUp", false);
		return "redirect:/account/two-factor/recovery-codes";
	}

	private String showSetUp(SignedInUser user, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = this.codes.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		model.addAttribute("qrCode", this.codes.qrCodeDataUri(secret, user.email()));
		model.addAttribute("key", SecondFactorCodes.grouped(secret));
		model.addAttribute("required", user.secondFactorRequired());
		return "security/two-factor-set-up";
	}

	private User currentUser(SignedInUser signedIn) {
		return this.setUp.current(signedIn);
	}

}
