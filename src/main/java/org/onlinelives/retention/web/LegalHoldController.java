package org.onlinelives.retention.web;

import java.util.Optional;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.retention.HeldRecord;
import org.onlinelives.retention.LegalHold;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetentionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placing and lifting legal holds. Administrators hold young people's records and audits;
 * agency leads hold their own agency's young people's records.
 */
@Controller
@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'AGENCY_LEAD')")
class LegalHoldController {

	private final RetentionService retention;

	LegalHoldController(RetentionService retention) {
		this.retention = retention;
	}

	@GetMapping("/retention/holds/new")
	String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String type,
			@RequestParam(required = false) String id, Model model) {
		HoldForm form = new HoldForm(type, id, null);
		model.addAttribute("form", form);
		return page(user, form, model);
	}

	@PostMapping("/retention/holds")
	String place(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") HoldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<RecordType> type = form.recordType().filter(RetentionService.holdableBy(user)::contains);
		if (type.isEmpty()) {
			result.rejectValue("type", "hold.type.required");
		}
		Optional<Long> id = form.id();
		if (id.isEmpty()) {
			result.rejectValue("recordId", "hold.recordId.invalid");
		}
		if (type.isPresent() && id.isPresent()) {
			try {
				this.retention.findForHold(user, type.get(), id.get());
			}
			catch (RecordNotFoundException ex) {
				result.rejectValue("recordId", "hold.recordId.notFound");
			}
		}
		LegalHold.reasonProblem(form.reason()).ifPresent((key) -> result.rejectValue("reason", key));
		if (result.hasErrors()) {
			return page(user, form, model);
		}
		this.retention.placeHold(user, type.get(), id.get(), form.reason());
		redirect.addFlashAttribute("success", "hold.placed");
		return "redirect:/retention";
	}

	@PostMapping("/retention/holds/{id}/lift")
	String lift(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.retention.liftHold(user, id);
			redirect.addFlashAttribute("success", "hold.lifted");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("success", "hold.alreadyLifted");
		}
		return "redirect:/retention";
	}

	private String page(SignedInUser user, HoldForm form, Model model) {
		model.addAttribute("types", RetentionService.holdableBy(user));
		model.addAttribute("viewerAgency", user.agencyId());
		HeldRecord record = null;
		if (form.recordType().isPresent() && form.id().isPresent()
				&& RetentionService.holdableBy(user).contains(form.recordType().get())) {
			try {
				record = this.retention.findForHold(user, form.recordType().get(), form.id().get());
			}
			catch (RecordNotFoundException ex) {
				record = null;
			}
		}
		model.addAttribute("record", record);
		return "retention/hold-form";
	}

}
