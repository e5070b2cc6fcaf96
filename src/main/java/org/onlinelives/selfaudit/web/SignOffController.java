package org.onlinelives.selfaudit.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of QA: the reviewer agrees the scores, then signs the audit off, after which it
 * is read-only.
 */
@Controller
class SignOffController {

	private final AuditQa qa;

	private final AuditViews views;

	SignOffController(AuditQa qa, AuditViews views) {
		this.qa = qa;
		this.views = views;
	}

	@PostMapping("/audits/{id}/agree")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String agree(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id, RedirectAttributes redirect) {
		this.qa.agree(reviewer, this.qa.reviewable(reviewer, id));
		redirect.addFlashAttribute("success", "selfaudit.agree.done");
		return "redirect:/audits/" + id + "/qa";
	}

	/**
	 * Signing off cannot be undone, so the reviewer is told what becomes read-only first.
	 */
	@GetMapping("/audits/{id}/sign-off")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String signOffPage(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		Audit audit = this.qa.reviewable(reviewer, id);
		if (audit.isReadOnly()) {
			redirect.addFlashAttribute("notice", "selfaudit.signOff.already");
			return "redirect:/audits/" + id + "/results";
		}
		model.addAttribute("view", this.views.of(audit));
		return "selfaudit/sign-off";
	}

	@PostMapping("/audits/{id}/sign-off")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String signOff(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id,
			@RequestParam(name = "confirmed", required = false) String confirmed, RedirectAttributes redirect) {
		Audit audit = this.qa.reviewable(reviewer, id);
		if (audit.isReadOnly()) {
			redirect.addFlashAttribute("notice", "selfaudit.signOff.already");
			return "redirect:/audits/" + id + "/results";
		}
		if (!"yes".equals(confirmed)) {
			return "redirect:/audits/" + id + "/sign-off";
		}
		this.qa.signOff(reviewer, audit);
		redirect.addFlashAttribute("success", "selfaudit.signOff.done");
		return "redirect:/audits/" + id + "/results";
	}

}
