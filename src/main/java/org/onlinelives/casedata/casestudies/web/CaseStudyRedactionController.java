package org.onlinelives.casedata.casestudies.web;

import org.onlinelives.casedata.casestudies.CaseStudyRuleException;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow.Draft;
import org.onlinelives.casedata.casestudies.IdentifierKind;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The author resolves what the redaction helper found (redacts it, or marks it "not an
 * identifier" with a reason) and submits the draft to the agency lead.
 */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class CaseStudyRedactionController {

	private final CaseStudyWorkflow workflow;

	private final DraftPage draftPage;

	CaseStudyRedactionController(CaseStudyWorkflow workflow, DraftPage draftPage) {
		this.workflow = workflow;
		this.draftPage = draftPage;
	}

	@PostMapping("/case-studies/drafts/{id}/redact")
	String redact(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "version", required = false) String version, Model model,
			RedirectAttributes redirect) {
		try {
			this.workflow.redact(user, id, CaseStudyForms.version(version), text);
		}
		catch (CaseStudyRuleException refusal) {
			return pageWithError(user, id, model, refusal);
		}
		catch (OptimisticLockingFailureException stale) {
			return pageWithError(user, id, model, new CaseStudyRuleException(null, "casestudy.changedByAnother"));
		}
		redirect.addFlashAttribute("success", "casestudy.redacted");
		return "redirect:/case-studies/drafts/" + id;
	}

	@PostMapping("/case-studies/drafts/{id}/submit")
	String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(name = "version", required = false) String version, Model model,
			RedirectAttributes redirect) {
		try {
			this.workflow.submit(user, id, CaseStudyForms.version(version));
		}
		catch (CaseStudyRuleException refusal) {
			return pageWithError(user, id, model, refusal);
		}
		catch (OptimisticLockingFailureException stale) {
			return pageWithError(user, id, model, new CaseStudyRuleException(null, "casestudy.changedByAnother"));
		}
		redirect.addFlashAttribute("success", "casestudy.submitted");
		return "redirect:/case-studies/drafts/" + id;
	}

	@GetMapping("/case-studies/drafts/{id}/not-identifier")
	String dismissal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "text", required = false) String text, Model model) {
		Draft draft = this.workflow.current(user, id);
		IdentifierKind found = kind(kind);
		if (found == null || text == null
				|| draft.unresolved().stream().noneMatch((finding) -> finding.sameAs(found, text))) {
			throw new RecordNotFoundException("case study finding", id);
		}
		model.addAttribute("form", new DismissForm(kind, text, "", String.valueOf(draft.study().getVersion())));
		return dismissalPage(draft, found, model);
	}

	@PostMapping("/case-studies/drafts/{id}/not-identifier")
	String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") DismissForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		IdentifierKind kind = kind(form.kind());
		try {
			this.workflow.dismiss(user, id, CaseStudyForms.version(form.version()), kind, form.text(), form.reason());
		}
		catch (CaseStudyRuleException refusal) {
			CaseStudyForms.reject(result, refusal);
			return dismissalPage(this.workflow.current(user, id), kind, model);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("casestudy.changedByAnother");
			Draft current = this.workflow.current(user, id);
			KeepTyped.replace(model, "form", result, new DismissForm(form.kind(), form.text(), form.reason(),
					String.valueOf(current.study().getVersion())));
			return dismissalPage(current, kind, model);
		}
		redirect.addFlashAttribute("success", "casestudy.dismissed");
		return "redirect:/case-studies/drafts/" + id;
	}

	private String dismissalPage(Draft draft, IdentifierKind kind, Model model) {
		model.addAttribute("study", draft.study());
		model.addAttribute("kind", kind);
		return "casedata/casestudies/not-identifier";
	}

	private String pageWithError(SignedInUser user, long id, Model model, CaseStudyRuleException refusal) {
		Draft current = this.workflow.current(user, id);
		TextForm form = TextForm.of(current.study());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		CaseStudyForms.reject(errors, refusal);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return this.draftPage.show(user, current, model);
	}

	private static IdentifierKind kind(String text) {
		try {
			return (text == null) ? null : IdentifierKind.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
