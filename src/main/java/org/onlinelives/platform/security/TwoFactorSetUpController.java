package org.onlinelives.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.SignInCounters;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.Users;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final Users users;

	private final PasswordEncoder passwords;

	private final AccessLog accessLog;

	private final SignInStages stages;

	private final SignInRecorder recorder;

	private final PeopleDetailsService people;

	private final SignInCounters counters;

	TwoFactorSetUpController(SecondFactorCodes codes, Users users, PasswordEncoder passwords, AccessLog accessLog,
			SignInStages stages, SignInRecorder recorder, PeopleDetailsService people, SignInCounters counters) {
		this.codes = codes;
		this.users = users;
		this.passwords = passwords;
		this.accessLog = accessLog;
		this.stages = stages;
		this.recorder = recorder;
		this.people = people;
		this.counters = counters;
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
	@Transactional
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
		List<String> recoveryCodes = this.codes.newRecoveryCodes();
		user.startSecondFactorSetUp(secret);
		user.confirmSecondFactor(recoveryCodes.stream().map(this.passwords::encode).toList());
		this.users.save(user);
		// The code that proved the app cannot then be used again to sign in.
		this.counters.acceptAuthenticatorStep(user.getId(), step.getAsLong());
		session.removeAttribute(PENDING_SECRET);
		this.accessLog.record(signedIn, AccessEvent.SECOND_FACTOR_ENABLED, "person", signedIn.id(), null);
		if (SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_SET_UP_REQUIRED)) {
			this.recorder.succeeded(signedIn, "password, then second factor set up");
		}
		this.stages.completeSignIn(this.people.signedIn(user), request, response);
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
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
	@Transactional
	String replaceRecoveryCodes(@AuthenticationPrincipal SignedInUser signedIn, RedirectAttributes redirect) {
		User user = currentUser(signedIn);
		if (!user.isTotpEnabled()) {
			return "redirect:/account/two-factor/set-up";
		}
		List<String> recoveryCodes = this.codes.newRecoveryCodes();
		user.replaceRecoveryCodes(recoveryCodes.stream().map(this.passwords::encode).toList());
		this.users.save(user);
		this.accessLog.record(signedIn, AccessEvent.SECOND_FACTOR_ENABLED, "person", signedIn.id(),
				"recovery codes replaced");
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
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
		return this.users.findById(signedIn.id()).orElseThrow();
	}

}
