package org.onlinelives.workforce.web;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.workforce.bulletins.Bulletin;
import org.onlinelives.workforce.bulletins.BulletinBoard;
import org.onlinelives.workforce.bulletins.BulletinRuleException;
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
 * Partnership administrators write bulletins as drafts, check who they reach, publish
 * them, and follow their acknowledgement.
 */
@Controller
class BulletinAdminController {

	private final BulletinBoard board;

	BulletinAdminController(BulletinBoard board) {
		this.board = board;
	}

	@GetMapping("/bulletins/manage")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String manage(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("rows", this.board.everyBulletin(admin));
		return "workforce/bulletins-manage";
	}

	@GetMapping("/bulletins/new")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newBulletin(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("form", BulletinForm.blank());
		return form(admin, null, model);
	}

	@PostMapping("/bulletins")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String draft(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") BulletinForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.check(result);
		Bulletin saved = null;
		if (!result.hasErrors()) {
			try {
				saved = this.board.draft(admin, form.details());
			}
			catch (BulletinRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return form(admin, null, model);
		}
		redirect.addFlashAttribute("success", "bulletin.drafted");
		return "redirect:/bulletins/" + saved.getId();
	}

	@GetMapping("/bulletins/{id}/edit")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String edit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		Bulletin bulletin = this.board.readable(admin, id);
		if (bulletin.isPublished()) {
			return "redirect:/bulletins/" + id;
		}
		model.addAttribute("form", BulletinForm.of(bulletin));
		return form(admin, bulletin, model);
	}

	@PostMapping("/bulletins/{id}/edit")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") BulletinForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Bulletin bulletin = this.board.readable(admin, id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.board.change(admin, id, form.details(), form.version());
			}
			catch (BulletinRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return form(admin, bulletin, model);
		}
		redirect.addFlashAttribute("success", "bulletin.changed");
		return "redirect:/bulletins/" + id;
	}

	@PostMapping("/bulletins/{id}/publication")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String publish(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
		try {
			this.board.publish(admin, id, version);
		}
		catch (BulletinRuleException refusal) {
			// the page shows why, above the bulletin it is about
			redirect.addFlashAttribute("publishError", refusal.messageKey());
			return "redirect:/bulletins/" + id;
		}
		redirect.addFlashAttribute("success", "bulletin.published");
		return "redirect:/bulletins/" + id + "/acknowledgements";
	}

	private String form(SignedInUser admin, Bulletin bulletin, Model model) {
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("roles", TrainingForms.names(Role.values()));
		model.addAttribute("agencies",
				this.board.agencyNames(admin.partnershipId())
					.entrySet()
					.stream()
					.map((entry) -> new SelectOption(entry.getKey().toString(), entry.getValue()))
					.toList());
		return "workforce/bulletin-form";
	}

}
