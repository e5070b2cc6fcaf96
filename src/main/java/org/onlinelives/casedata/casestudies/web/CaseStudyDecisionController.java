package org.onlinelives.casedata.casestudies.web;

import org.onlinelives.casedata.casestudies.CaseStudyRuleException;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow.Draft;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency lead's and then the partnership administrator's decision on a submitted case
 * study: approve, or return it to the author with a comment.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PARTNERSHIP_ADMIN')")
class CaseStudyDecisionController {

	private final CaseStudyWorkflow workflow;

	private final DraftPage draftPage;

	CaseStudyDecisionController(CaseStudyWorkflow workflow, DraftPage draftPage) {
		this.workflow = workflow;
		this.draftPage = draftPage;
	}

	@PostMapping("/case-studies/drafts/{id}/decision")
	String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!DecisionForm.APPROVE.equals(form.decision()) && !DecisionForm.RETURN.equals(form.decision())) {
			result.rejectValue("decision", "casestudy.decision.required");
			return this.draftPage.show(user, this.workflow.current(user, id), model);
		}
		boolean approve = DecisionForm.APPROVE.equals(form.decision());
		try {
			this.workflow.decide(user, id, CaseStudyForms.version(form.version()), approve, form.comment());
		}
		catch (CaseStudyRuleException refusal) {
			CaseStudyForms.reject(result, refusal);
			return this.draftPage.show(user, this.workflow.current(user, id), model);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("casestudy.changedByAnother");
			Draft current = this.workflow.current(user, id);
			KeepTyped.replace(model, "decision", result,
					new DecisionForm(form.decision(), form.comment(), String.valueOf(current.study().getVersion())));
			return this.draftPage.show(user, current, model);
		}
		redirect.addFlashAttribute("success", approve ? "casestudy.approved" : "casestudy.returned");
		return "redirect:/case-studies/drafts";
	}

}
