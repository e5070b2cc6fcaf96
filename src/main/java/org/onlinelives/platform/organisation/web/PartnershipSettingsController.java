package org.onlinelives.platform.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.security.SignedInUser;
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
 * The partnership's own settings: its name and whether everyone must use a second factor.
 */
@Controller
class PartnershipSettingsController {

	private final Partnerships partnerships;

	private final AccessLog accessLog;

	PartnershipSettingsController(Partnerships partnerships, AccessLog accessLog) {
		this.partnerships = partnerships;
		this.accessLog = accessLog;
	}

	record SettingsForm(
			@NotBlank(message = "{setup.partnershipName.required}") @Size(max = 200,
					message = "{setup.partnershipName.tooLong}") String name,
			String secondFactorForEveryone, String version) {

		public boolean requiresSecondFactor() {
			return FormValues.isTrue(this.secondFactorForEveryone);
		}
	}

	@GetMapping("/admin/partnership")
	String form(@AuthenticationPrincipal SignedInUser admin, Model model) {
		Partnership partnership = this.partnerships.findById(admin.partnershipId()).orElseThrow();
		model.addAttribute("form", new SettingsForm(partnership.getName(),
				String.valueOf(partnership.isSecondFactorForEveryone()), String.valueOf(partnership.getVersion())));
		return "organisation/partnership";
	}

	@PostMapping("/admin/partnership")
	String save(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") SettingsForm form,
			BindingResult result, RedirectAttributes redirect) {
		Partnership partnership = this.partnerships.findById(admin.partnershipId()).orElseThrow();
		if (!result.hasErrors() && !partnership.getName().equalsIgnoreCase(form.name().strip())
				&& this.partnerships.existsByName(form.name().strip())) {
			result.rejectValue("name", "partnership.name.taken");
		}
		if (!result.hasErrors()
				&& !FormValues.toLong(form.version()).equals(java.util.Optional.ofNullable(partnership.getVersion()))) {
			result.reject("partnership.changedByAnother");
		}
		if (result.hasErrors()) {
			return "organisation/partnership";
		}
		partnership.rename(form.name().strip());
		partnership.requireSecondFactorForEveryone(form.requiresSecondFactor());
		this.partnerships.save(partnership);
		this.accessLog.record(admin, AccessEvent.PARTNERSHIP_SETTINGS_CHANGED, "partnership", partnership.getId(),
				"second factor for everyone: " + form.requiresSecondFactor());
		redirect.addFlashAttribute("success", "partnership.saved");
		return "redirect:/admin/partnership";
	}

}
