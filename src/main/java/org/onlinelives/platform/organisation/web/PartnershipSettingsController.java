package org.onlinelives.platform.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.PartnershipRuleException;
import org.onlinelives.platform.organisation.PartnershipSettings;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.security.SingleSignOnProperties;
import org.onlinelives.platform.web.FormValues;
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
 * The partnership's own settings: its name, whether everyone must use a second factor,
 * and, when single sign-on is configured, whether staff may still sign in with a
 * password.
 */
@Controller
class PartnershipSettingsController {

	private final PartnershipSettings settings;

	private final SingleSignOnProperties singleSignOn;

	PartnershipSettingsController(PartnershipSettings settings, SingleSignOnProperties singleSignOn) {
		this.settings = settings;
		this.singleSignOn = singleSignOn;
	}

	record SettingsForm(
			@NotBlank(message = "{setup.partnershipName.required}") @Size(max = 200,
					message = "{setup.partnershipName.tooLong}") String name,
			String secondFactorForEveryone, String agencyNamesForAnalysts, String passwordSignIn, String version) {

		public boolean requiresSecondFactor() {
			return FormValues.isTrue(this.secondFactorForEveryone);
		}

		public boolean showsAgencyNames() {
			return FormValues.isTrue(this.agencyNamesForAnalysts);
		}

		/** Unchanged when the question was not on the page (no single sign-on). */
		public boolean allowsPasswordSignIn(boolean current) {
			return (this.passwordSignIn != null) ? !"false".equals(this.passwordSignIn) : current;
		}
	}

	@ModelAttribute
	void singleSignOn(Model model) {
		model.addAttribute("singleSignOn", this.singleSignOn.configured());
		model.addAttribute("providerName", this.singleSignOn.providerName());
	}

	@GetMapping("/admin/partnership")
	String form(@AuthenticationPrincipal SignedInUser admin, Model model) {
		Partnership partnership = this.settings.of(admin);
		model.addAttribute("form",
				new SettingsForm(partnership.getName(), String.valueOf(partnership.isSecondFactorForEveryone()),
						String.valueOf(partnership.isAgencyNamesForAnalysts()),
						String.valueOf(partnership.isPasswordSignIn()), String.valueOf(partnership.getVersion())));
		return "organisation/partnership";
	}

	@PostMapping("/admin/partnership")
	String save(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") SettingsForm form,
			BindingResult result, RedirectAttributes redirect) {
		Partnership partnership = this.settings.of(admin);
		if (!result.hasErrors() && !partnership.getName().equalsIgnoreCase(form.name().strip())
				&& this.settings.nameTaken(form.name().strip())) {
			result.rejectValue("name", "partnership.name.taken");
		}
		if (!result.hasErrors()
				&& !FormValues.toLong(form.version()).equals(java.util.Optional.ofNullable(partnership.getVersion()))) {
			result.reject("partnership.changedByAnother");
		}
		boolean passwordSignIn = form.allowsPasswordSignIn(partnership.isPasswordSignIn());
		if (!result.hasErrors() && form.passwordSignIn() != null) {
			try {
				partnership.allowPasswordSignIn(passwordSignIn, this.singleSignOn.configured());
			}
			catch (PartnershipRuleException refused) {
				result.rejectValue(refused.field(), refused.messageKey());
			}
		}
		if (result.hasErrors()) {
			return "organisation/partnership";
		}
		partnership.rename(form.name().strip());
		partnership.requireSecondFactorForEveryone(form.requiresSecondFactor());
		partnership.showAgencyNamesToAnalysts(form.showsAgencyNames());
		this.settings.save(admin, partnership, "second factor for everyone: " + form.requiresSecondFactor()
				+ "; agency names for analysts: " + form.showsAgencyNames() + "; password sign-in: " + passwordSignIn);
		redirect.addFlashAttribute("success", "partnership.saved");
		return "redirect:/admin/partnership";
	}

}
