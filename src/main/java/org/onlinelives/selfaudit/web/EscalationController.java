package org.onlinelives.selfaudit.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.ActionEscalations;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
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
 * An agency's lead escalates an audit action the agency cannot resolve alone into the
 * partnership's online-safety plan.
 */
@Controller
class EscalationController {

	private final SelfAudits selfAudits;

	private final ActionEscalations escalations;

	private final AuditViews views;

	EscalationController(SelfAudits selfAudits, ActionEscalations escalations, AuditViews views) {
		this.selfAudits = selfAudits;
		this.escalations = escalations;
		this.views = views;
	}

	/** Why the agency asks the partnership to act. */
	record EscalationForm(String reason) {
	}

	@GetMapping("/audits/{id}/actions/{actionId}/escalation")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String form(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable long actionId,
			Model model) {
		Audit audit = this.selfAudits.viewable(lead, id);
		AuditAction action = this.escalations.escalatable(lead, audit, actionId);
		if (action.isEscalated()) {
			return "redirect:/audits/" + id + "/actions/" + actionId;
		}
		model.addAttribute("form", new EscalationForm(""));
		return page(audit, action, model);
	}

	@PostMapping("/audits/{id}/actions/{actionId}/escalation")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String escalate(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable long actionId,
			@ModelAttribute("form") EscalationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Audit audit = this.selfAudits.viewable(lead, id);
		AuditAction action = this.escalations.escalatable(lead, audit, actionId);
		try {
			this.escalations.escalate(lead, audit, actionId, form.reason());
		}
		catch (AuditRuleException refusal) {
			if (refusal.messageKey().startsWith("selfaudit.escalation.reason.")) {
				result.rejectValue("reason", refusal.messageKey());
			}
			else {
				result.reject(refusal.messageKey());
			}
			return page(audit, action, model);
		}
		redirect.addFlashAttribute("success", "selfaudit.escalation.sent");
		return "redirect:/audits/" + id + "/actions/" + actionId;
	}

	private String page(Audit audit, AuditAction action, Model model) {
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("action", action);
		return "selfaudit/escalation";
	}

}
