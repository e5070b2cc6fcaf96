package org.onlinelives.selfaudit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.Conflict;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * One section of an audit: its six statements with score, evidence and links, and the
 * section's guidance. Saved a section at a time; a clash with someone else's save keeps
 * what this person typed and shows both.
 */
@Controller
class SectionController {

	private final SelfAudits selfAudits;

	private final AuditViews views;

	private final SectionPage page;

	SectionController(SelfAudits selfAudits, AuditViews views, SectionPage page) {
		this.selfAudits = selfAudits;
		this.views = views;
		this.page = page;
	}

	@GetMapping("/audits/{id}/sections/{section}")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int section,
			Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		AuditView view = this.views.of(audit);
		FrameworkSection frameworkSection = section(view.framework(), section, id);
		SectionForm form = SectionForm.of(view.in(frameworkSection));
		model.addAttribute("form", form);
		return this.page.render(user, new SectionPage.Shown(view, frameworkSection, form), model);
	}

	@PostMapping("/audits/{id}/sections/{section}")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER')")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int section,
			@ModelAttribute("form") SectionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = this.selfAudits.viewable(user, id);
		AuditView view = this.views.of(audit);
		FrameworkSection frameworkSection = section(view.framework(), section, id);
		if (!AuditAccess.canEditSection(user, audit, section)) {
			throw new AccessDeniedException("Section " + section + " is not shared with this person");
		}
		SectionFormValidator.validate(form, frameworkSection, result);
		if (result.hasGlobalErrors()) {
			// the form sent was not this section's six statements: show the section with
			// whatever was typed for its statements, and say why nothing was saved
			SectionForm aligned = form.alignedTo(view.in(frameworkSection));
			BindingResult alignedResult = new BeanPropertyBindingResult(aligned, "form");
			alignedResult.reject("selfaudit.section.statementsMismatch");
			model.addAttribute("form", aligned);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", alignedResult);
			return this.page.render(user, new SectionPage.Shown(view, frameworkSection, aligned), model);
		}
		if (result.hasErrors()) {
			return this.page.render(user, new SectionPage.Shown(view, frameworkSection, form), model);
		}
		List<Conflict> conflicts;
		try {
			conflicts = this.selfAudits.saveSection(user, audit, section, form.inputs());
		}
		catch (AuditRuleException refusal) {
			result.reject(refusal.messageKey(), refusal.arguments(), null);
			model.addAttribute("refusedTyped", true);
			return this.page.render(user,
					new SectionPage.Shown(this.views.of(this.selfAudits.viewable(user, id)), frameworkSection, form),
					model);
		}
		catch (OptimisticLockingFailureException raced) {
			// someone saved between our check and our save: nothing of ours was kept
			conflicts = this.selfAudits.conflicts(this.selfAudits.viewable(user, id), form.inputs());
		}
		if (!conflicts.isEmpty()) {
			Map<String, Conflict> byNumber = new HashMap<>();
			for (Conflict conflict : conflicts) {
				String number = conflict.statement().getStatementNumber();
				byNumber.put(number, conflict);
				int index = indexOf(form, number);
				result.rejectValue("statements[" + index + "].score", "selfaudit.statement.changedByAnother",
						new Object[] { conflict.savedByName(), number }, null);
			}
			return this.page.render(user, new SectionPage.Shown(this.views.of(this.selfAudits.viewable(user, id)),
					frameworkSection, form, byNumber), model);
		}
		redirect.addFlashAttribute("success", "selfaudit.section.saved");
		return "redirect:/audits/" + id + "/sections/" + section;
	}

	@PostMapping("/audits/{id}/sections/{section}/assignment")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String assign(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable int section,
			@RequestParam(name = "assigneeId", required = false) String assigneeId, RedirectAttributes redirect) {
		Audit audit = this.selfAudits.viewable(lead, id);
		section(this.selfAudits.framework(audit), section, id);
		Long colleague = parseId(assigneeId);
		this.selfAudits.assignSection(lead, audit, section, colleague);
		redirect.addFlashAttribute("success",
				(colleague != null) ? "selfaudit.section.assigned" : "selfaudit.section.unassigned");
		return "redirect:/audits/" + id + "/sections/" + section;
	}

	private static FrameworkSection section(AuditFramework framework, int section, long auditId) {
		if (section < 1 || section > AuditFramework.SECTION_COUNT) {
			throw new RecordNotFoundException("audit-section", auditId + "/" + section);
		}
		return framework.section(section);
	}

	private static int indexOf(SectionForm form, String number) {
		for (int i = 0; i < form.statements().size(); i++) {
			if (number.equals(form.statements().get(i).number())) {
				return i;
			}
		}
		return 0;
	}

	private static Long parseId(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
