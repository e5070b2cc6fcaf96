package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of sign-in: a code from the authenticator app, or a recovery code.
 */
@Controller
class SecondFactorController {

	private final SecondFactorVerification verification;

	private final SignInRecorder recorder;

	private final SignInStages stages;

	private final SignInSuccessRouting routing;

	private final SignInThrottle throttle;

	SecondFactorController(SecondFactorVerification verification, SignInRecorder recorder, SignInStages stages,
			SignInSuccessRouting routing, SignInThrottle throttle) {
		this.verification = verification;
		this.recorder = recorder;
		this.stages = stages;
		this.routing = routing;
		this.throttle = throttle;
	}

	record CodeForm(@NotBlank(message = "{signIn.code.required}") @Size(max = 40,
			message = "{signIn.code.incorrect}") String code) {
	}

	@GetMapping("/sign-in/code")
	String form(Model model) {
		model.addAttribute("form", new CodeForm(""));
		return "security/sign-in-code";
	}

	@PostMapping("/sign-in/code")
	String check(@Validated @ModelAttribute("form") CodeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		if (result.hasErrors()) {
			return "security/sign-in-code";
		}
		SecondFactorVerification.Outcome outcome = this.verification.verify(user.id(), form.code());
		if (outcome == SecondFactorVerification.Outcome.REFUSED) {
			this.throttle.recordFailure(request.getRemoteAddr(), user.email());
			if (this.recorder.secondFactorFailed(user)) {
				request.getSession().invalidate();
				return "redirect:/sign-in?locked";
			}
			result.rejectValue("code", "signIn.code.incorrect");
			return "security/sign-in-code";
		}
		this.recorder.succeeded(user,
				SignInStages.firstFactor(request) + ((outcome == SecondFactorVerification.Outcome.RECOVERY_CODE)
						? " and recovery code" : " and authenticator code"));
		this.stages.completeSignIn(user, request, response);
		this.routing.continueTo(request, response, authentication);
		return null;
	}

}
