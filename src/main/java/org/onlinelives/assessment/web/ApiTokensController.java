package org.onlinelives.assessment.web;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal API tokens: make one (shown once), see them, revoke one. Analysts make tokens
 * too, for the data returns API; their role reaches nothing else under /api.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD', 'ANALYST')")
class ApiTokensController {

	private final ApiTokenService tokens;

	ApiTokensController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	record TokenForm(String name) {
	}

	@GetMapping("/api-tokens")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", new TokenForm(""));
		return page(user, model);
	}

	@PostMapping("/api-tokens")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model) {
		ApiTokenService.Issued issued;
		try {
			issued = this.tokens.issue(user, form.name());
		}
		catch (InvalidAnswerException ex) {
			AnswerRefusals.reject(result, ex, (path) -> path)
				.forEach((refusal) -> result.reject("assessment.invalid", new Object[] { refusal.explanation() },
						refusal.explanation()));
			return page(user, model);
		}
		// shown on this response only, never stored in the clear, so no redirect
		model.addAttribute("issued", issued);
		model.addAttribute("form", new TokenForm(""));
		return page(user, model);
	}

	@PostMapping("/api-tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(user, id);
		redirect.addFlashAttribute("success", "apiToken.revoked");
		return "redirect:/api-tokens";
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("tokens", this.tokens.tokensOf(user));
		return "assessment/api-tokens";
	}

}
