package org.onlinelives.platform.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in and signed-out pages. Spring Security handles the form post itself, and the
 * return from the identity provider when single sign-on is configured.
 */
@Controller
class SignInController {

	static final String LAST_EMAIL = "signIn.lastEmail";

	/** The address the identity provider gave for a sign-in that was refused. */
	static final String PROVIDER_EMAIL = "signIn.providerEmail";

	private final SingleSignOnProperties singleSignOn;

	private final PasswordSignIn passwordSignIn;

	SignInController(SingleSignOnProperties singleSignOn, PasswordSignIn passwordSignIn) {
		this.singleSignOn = singleSignOn;
		this.passwordSignIn = passwordSignIn;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String throttled, @RequestParam(required = false) String sso,
			@RequestParam(required = false) String passwordOff, Authentication authentication, HttpSession session,
			Model model) {
		if (SignInStages.hasStage(authentication, SignInStage.SIGNED_IN)) {
			return "redirect:/";
		}
		boolean providerOffered = this.singleSignOn.configured();
		model.addAttribute("singleSignOn", providerOffered);
		model.addAttribute("providerName", this.singleSignOn.providerName());
		boolean passwordForm = this.passwordSignIn.offeredOnSignInPage();
		model.addAttribute("passwordForm", passwordForm);
		String problem = null;
		if (error != null) {
			problem = "signIn.error.incorrect";
		}
		else if (locked != null) {
			problem = "signIn.error.locked";
		}
		else if (throttled != null) {
			problem = "signIn.error.throttled";
		}
		else if (providerOffered && passwordOff != null) {
			problem = "signIn.sso.error.passwordOff";
		}
		else if (providerOffered && sso != null) {
			problem = providerProblem(sso);
			Object email = session.getAttribute(PROVIDER_EMAIL);
			model.addAttribute("providerEmail", (email != null) ? email : "");
		}
		model.addAttribute("problem", problem);
		model.addAttribute("formHasErrors", problem != null);
		// a problem with the provider's sign-in belongs to its button, not the email
		// field
		boolean providerProblem = problem != null && (!passwordForm
				|| ((sso != null || passwordOff != null) && error == null && locked == null && throttled == null));
		model.addAttribute("providerProblem", providerProblem);
		model.addAttribute("passwordProblem", problem != null && !providerProblem);
		Object email = session.getAttribute(LAST_EMAIL);
		if (problem != null && !providerProblem && email != null) {
			model.addAttribute("email", email);
		}
		else if (!model.containsAttribute("email")) {
			// a person who has just accepted an invitation arrives with their address
			model.addAttribute("email", "");
		}
		return "security/sign-in";
	}

	private static String providerProblem(String code) {
		for (SingleSignOnAccounts.Refusal refusal : SingleSignOnAccounts.Refusal.values()) {
			if (refusal.name().equalsIgnoreCase(code)) {
				return refusal.messageKey();
			}
		}
		return "signIn.sso.error.failed";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "security/signed-out";
	}

}
