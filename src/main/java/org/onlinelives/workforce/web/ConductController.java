package org.onlinelives.workforce.web;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.workforce.bulletins.BulletinRuleException;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.onlinelives.workforce.bulletins.ConductCodeVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The professional code of conduct on online contact with clients: everyone reads and
 * acknowledges the version in force; administrators publish new versions; administrators,
 * analysts and agency leads see coverage by agency.
 */
@Controller
class ConductController {

	private final CodeOfConduct code;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	ConductController(CodeOfConduct code, AgencyDirectory agencies, MessageSource messages) {
		this.code = code;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/code-of-conduct")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("version", this.code.current(user.partnershipId()).orElse(null));
		model.addAttribute("acknowledged", this.code.acknowledgedCurrent(user));
		// where to turn for professional support (Dudley online safety evaluation,
		// recommendation 8): the person's own agency's point of contact
		model.addAttribute("agency", (user.agencyId() != null)
				? this.agencies.find(user.partnershipId(), user.agencyId()).orElse(null) : null);
		if (user.isAdministrator()) {
			model.addAttribute("history", this.code.history(user));
		}
		return "workforce/conduct";
	}

	@PostMapping("/code-of-conduct/acknowledgement")
	String acknowledge(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "versionId", required = false) String versionId, RedirectAttributes redirect) {
		try {
			this.code.acknowledge(user, TrainingForms.id(versionId));
		}
		catch (BulletinRuleException refusal) {
			// a newer version was published while this person was reading: the page now
			// shows it, with the reason they must read it again
			redirect.addFlashAttribute("acknowledgeError", refusal.messageKey());
			return "redirect:/code-of-conduct";
		}
		redirect.addFlashAttribute("success", "conduct.acknowledged");
		return "redirect:/code-of-conduct";
	}

	@GetMapping("/code-of-conduct/new-version")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newVersion(@AuthenticationPrincipal SignedInUser admin, Model model) {
		ConductCodeVersion current = this.code.current(admin.partnershipId()).orElse(null);
		String body = (current != null) ? current.getBody()
				: this.messages.getMessage("conduct.starter", null, LocaleContextHolder.getLocale());
		model.addAttribute("form",
				new ConductForm(body, "", String.valueOf((current != null) ? current.getVersionNumber() : 0)));
		model.addAttribute("current", current);
		return "workforce/conduct-form";
	}

	@PostMapping("/code-of-conduct/versions")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String publish(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") ConductForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.code.publish(admin, form.body(), form.changeSummary(), TrainingForms.number(form.basedOn()));
		}
		catch (BulletinRuleException refusal) {
			TrainingForms.reject(result, refusal);
			model.addAttribute("current", this.code.current(admin.partnershipId()).orElse(null));
			return "workforce/conduct-form";
		}
		redirect.addFlashAttribute("success", "conduct.published");
		return "redirect:/code-of-conduct";
	}

	@GetMapping("/code-of-conduct/coverage")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST', 'AGENCY_LEAD')")
	String coverage(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("view", this.code.coverage(user));
		return "workforce/conduct-coverage";
	}

}
