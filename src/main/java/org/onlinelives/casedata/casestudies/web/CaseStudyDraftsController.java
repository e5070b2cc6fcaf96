package org.onlinelives.casedata.casestudies.web;

import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.casedata.casestudies.CaseStudyRuleException;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow.Draft;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * A practitioner proposes a case study from a completed assessment and works on its text;
 * authors, leads and administrators list the drafts that concern them and open one.
 */
@Controller
class CaseStudyDraftsController {

	private final CaseStudyWorkflow workflow;

	private final DraftPage draftPage;

	CaseStudyDraftsController(CaseStudyWorkflow workflow, DraftPage draftPage) {
		this.workflow = workflow;
		this.draftPage = draftPage;
	}

	@GetMapping("/case-studies/drafts")
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD', 'PARTNERSHIP_ADMIN')")
	String drafts(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("mine", this.workflow.draftsOf(user));
		model.addAttribute("waiting", this.workflow.awaitingDecision(user));
		model.addAttribute("mayPropose", CaseStudyWorkflow.mayPropose(user));
		return "casedata/casestudies/drafts";
	}

	@GetMapping("/case-studies/new")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String proposal(Model model) {
		model.addAttribute("form", ProposalForm.empty());
		return "casedata/casestudies/propose";
	}

	@PostMapping("/case-studies")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String propose(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ProposalForm form,
			BindingResult result, RedirectAttributes redirect) {
		CaseStudy study;
		try {
			study = this.workflow.propose(user, form.caseReference(), form.title(), form.narrative());
		}
		catch (CaseStudyRuleException refusal) {
			CaseStudyForms.reject(result, refusal);
			return "casedata/casestudies/propose";
		}
		redirect.addFlashAttribute("success", "casestudy.proposed");
		return "redirect:/case-studies/drafts/" + study.getId();
	}

	@GetMapping("/case-studies/drafts/{id}")
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD', 'PARTNERSHIP_ADMIN')")
	String draft(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		return this.draftPage.show(user, this.workflow.view(user, id), model);
	}

	@PostMapping("/case-studies/drafts/{id}")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") TextForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.workflow.edit(user, id, CaseStudyForms.version(form.version()), form.title(), form.narrative());
		}
		catch (CaseStudyRuleException refusal) {
			CaseStudyForms.reject(result, refusal);
			return this.draftPage.show(user, this.workflow.current(user, id), model);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("casestudy.changedByAnother");
			Draft current = this.workflow.current(user, id);
			KeepTyped.replace(model, "form", result,
					new TextForm(form.title(), form.narrative(), String.valueOf(current.study().getVersion())));
			return this.draftPage.show(user, current, model);
		}
		redirect.addFlashAttribute("success", "casestudy.saved");
		return "redirect:/case-studies/drafts/" + id;
	}

}
