package org.onlinelives.platform.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in and signed-out pages. Spring Security handles the form post itself.
 */
@Controller
class SignInController {

	static final String LAST_EMAIL = "signIn.lastEmail";

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String throttled, Authentication authentication, HttpSession session,
			Model model) {
		if (SignInStages.hasStage(authentication, SignInStage.SIGNED_IN)) {
			return "redirect:/";
		}
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
		model.addAttribute("problem", problem);
		Object email = session.getAttribute(LAST_EMAIL);
		model.addAttribute("email", (problem != null && email != null) ? email : "");
		return "security/sign-in";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "security/signed-out";
	}

}
