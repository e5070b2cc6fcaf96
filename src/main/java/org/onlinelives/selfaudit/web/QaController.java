package org.onlinelives.selfaudit.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.springframework.security.access.AccessDeniedException;
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
 * QA of a submitted audit: the reviewer confirms or challenges each score and the agency
 * lead accepts or answers each challenge ({@link SignOffController} agrees the scores and
 * signs the audit off).
 */
@Controller
class QaController {

	private final SelfAudits selfAudits;

	private final AuditQa qa;

	private final AuditViews views;

	QaController(SelfAudits selfAudits, AuditQa qa, AuditViews views) {
		this.selfAudits = selfAudits;
		this.qa = qa;
		this.views = views;
	}

	@GetMapping("/audits/{id}/qa")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String overview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = submitted(user, id);
		AuditView view = this.views.of(audit);
		model.addAttribute("view", view);
		model.addAttribute("reviewer", AuditAccess.canReview(user, audit));
		model.addAttribute("lead", AuditAccess.isAgencyLead(user, audit));
		model.addAllAttributes(QaProgress.of(view.statements().values()).asModel());
		return "selfaudit/qa";
	}

	@GetMapping("/audits/{id}/statements/{number}/review")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String reviewForm(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id,
			@PathVariable String number, Model model) {
		Audit audit = this.qa.reviewable(reviewer, id);
		model.addAttribute("form", ReviewForm.empty());
		return reviewPage(audit, number, model);
	}

	@PostMapping("/audits/{id}/statements/{number}/review")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String review(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id, @PathVariable String number,
			@ModelAttribute("form") ReviewForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = this.qa.reviewable(reviewer, id);
		form.validate(this.qa.statement(audit, checked(audit, number).number()), result);
		if (!result.hasErrors()) {
			try {
				if (form.challenges()) {
					this.qa.challenge(reviewer, audit, number, form.comment(), form.proposed());
					redirect.addFlashAttribute("success", "selfaudit.review.challenged");
				}
				else {
					this.qa.confirm(reviewer, audit, number);
					redirect.addFlashAttribute("success", "selfaudit.review.confirmed");
				}
				return "redirect:/audits/" + id + "/qa";
			}
			catch (AuditRuleException refusal) {
				result.reject(refusal.messageKey(), refusal.arguments(), null);
			}
		}
		return reviewPage(this.selfAudits.viewable(reviewer, id), number, model);
	}

	/**
	 * Before confirming in one go, the reviewer sees every statement not yet reviewed
	 * with its score and evidence, so nothing is confirmed unseen.
	 */
	@GetMapping("/audits/{id}/qa/confirm-remaining")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String confirmRemainingPage(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id, Model model) {
		Audit audit = this.qa.reviewable(reviewer, id);
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("remaining", this.qa.notReviewed(audit));
		return "selfaudit/confirm-remaining";
	}

	@PostMapping("/audits/{id}/qa/confirm-remaining")
	@PreAuthorize("hasRole('QA_REVIEWER')")
	String confirmRemaining(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id,
			RedirectAttributes redirect) {
		this.qa.confirmRemaining(reviewer, this.qa.reviewable(reviewer, id));
		redirect.addFlashAttribute("success", "selfaudit.review.confirmedRemaining");
		return "redirect:/audits/" + id + "/qa";
	}

	@GetMapping("/audits/{id}/statements/{number}/response")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String responseForm(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable String number,
			Model model) {
		Audit audit = leads(lead, id);
		model.addAttribute("form", ResponseForm.empty());
		return responsePage(audit, number, model);
	}

	@PostMapping("/audits/{id}/statements/{number}/response")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String respond(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable String number,
			@ModelAttribute("form") ResponseForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = leads(lead, id);
		checked(audit, number);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				if (form.accepts()) {
					this.qa.acceptChallenge(lead, audit, number);
					redirect.addFlashAttribute("success", "selfaudit.response.accepted");
				}
				else if (form.proposes()) {
					this.qa.proposeOtherScore(lead, audit, number, form.scoreValue(), form.response());
					redirect.addFlashAttribute("success", "selfaudit.response.proposedSent");
				}
				else {
					this.qa.answerChallenge(lead, audit, number, form.response());
					redirect.addFlashAttribute("success", "selfaudit.response.answered");
				}
				return "redirect:/audits/" + id + "/qa";
			}
			catch (AuditRuleException refusal) {
				result.reject(refusal.messageKey(), refusal.arguments(), null);
			}
		}
		return responsePage(this.selfAudits.viewable(lead, id), number, model);
	}

	@GetMapping("/audits/{id}/history")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String history(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("history", this.selfAudits.history(audit));
		return "selfaudit/history";
	}

	private String reviewPage(Audit audit, String number, Model model) {
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("frameworkStatement", checked(audit, number));
		model.addAttribute("statement", this.qa.statement(audit, number));
		return "selfaudit/review";
	}

	private String responsePage(Audit audit, String number, Model model) {
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("frameworkStatement", checked(audit, number));
		model.addAttribute("statement", this.qa.statement(audit, number));
		return "selfaudit/response";
	}

	private FrameworkStatement checked(Audit audit, String number) {
		return this.selfAudits.framework(audit)
			.statement(number)
			.orElseThrow(() -> new RecordNotFoundException("audit-statement", number));
	}

	private Audit submitted(SignedInUser user, long id) {
		Audit audit = this.selfAudits.viewable(user, id);
		if (!audit.getStatus().isSubmitted()) {
			throw new RecordNotFoundException("audit-qa", id);
		}
		return audit;
	}

	private Audit leads(SignedInUser lead, long id) {
		Audit audit = this.selfAudits.viewable(lead, id);
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new AccessDeniedException("Only the agency's lead answers QA");
		}
		return audit;
	}

}
