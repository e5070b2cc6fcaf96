package org.onlinelives.selfaudit.web;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's RAG thresholds for self-audit results. */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class RagSettingsController {

	private final RagSettings settings;

	private final AccessLog accessLog;

	RagSettingsController(RagSettings settings, AccessLog accessLog) {
		this.settings = settings;
		this.accessLog = accessLog;
	}

	record RagForm(String amberFromPercent, String greenFromPercent) {

		static RagForm of(RagBands bands) {
			return new RagForm(Integer.toString(bands.amberFromPercent()), Integer.toString(bands.greenFromPercent()));
		}

		RagBands bands() {
			return new RagBands(parse(this.amberFromPercent), parse(this.greenFromPercent));
		}

		void validate(Errors errors) {
			Integer amber = parse(this.amberFromPercent);
			Integer green = parse(this.greenFromPercent);
			if (amber == null) {
				errors.rejectValue("amberFromPercent", "selfaudit.rag.percent.invalid");
			}
			if (green == null) {
				errors.rejectValue("greenFromPercent", "selfaudit.rag.percent.invalid");
			}
			if (amber != null && green != null && amber >= green) {
				errors.rejectValue("greenFromPercent", "selfaudit.rag.order");
			}
		}

		private static Integer parse(String text) {
			try {
				int value = Integer.parseInt((text != null) ? text.strip() : "");
				return (value >= 1 && value <= 100) ? value : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	@GetMapping("/audit-cycles/settings")
	String show(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("form", RagForm.of(this.settings.bandsFor(admin.partnershipId())));
		model.addAttribute("defaults", RagBands.DEFAULT);
		return "selfaudit/settings";
	}

	@PostMapping("/audit-cycles/settings")
	String save(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") RagForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("defaults", RagBands.DEFAULT);
			return "selfaudit/settings";
		}
		this.settings.save(admin.partnershipId(), form.bands());
		this.accessLog.record(admin, AccessEvent.PARTNERSHIP_SETTINGS_CHANGED, "selfaudit-rag", admin.partnershipId(),
				"amber from " + form.amberFromPercent() + "%, green from " + form.greenFromPercent() + "%");
		redirect.addFlashAttribute("success", "selfaudit.rag.saved");
		return "redirect:/audit-cycles/settings";
	}

}
