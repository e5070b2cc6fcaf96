package org.onlinelives.selfaudit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.people.Users;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.platform.web.SelectOption;
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

	private final Users users;

	SectionController(SelfAudits selfAudits, AuditViews views, Users users) {
		this.selfAudits = selfAudits;
		this.views = views;
		this.users = users;
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
		return page(user, view, frameworkSection, form, Map.of(), model);
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
			return page(user, view, frameworkSection, aligned, Map.of(), model);
		}
		if (result.hasErrors()) {
			return page(user, view, frameworkSection, form, Map.of(), model);
		}
		List<Conflict> conflicts;
		try {
			conflicts = this.selfAudits.saveSection(user, audit, section, form.inputs());
		}
		catch (AuditRuleException refusal) {
			result.reject(refusal.messageKey(), refusal.arguments(), null);
			model.addAttribute("refusedTyped", true);
			return page(user, this.views.of(this.selfAudits.viewable(user, id)), frameworkSection, form, Map.of(),
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
			return page(user, this.views.of(this.selfAudits.viewable(user, id)), frameworkSection, form, byNumber,
					model);
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

	private String page(SignedInUser user, AuditView view, FrameworkSection section, SectionForm form,
			Map<String, Conflict> conflicts, Model model) {
		Audit audit = view.audit();
		Map<String, Long> versions = new HashMap<>();
		for (SectionForm.Answer answer : form.statements()) {
			versions.put(answer.number(), answer.version());
		}
		// after a clash the hidden version is the one now stored, so saving again is a
		// deliberate choice to replace the other person's answer
		conflicts.forEach((number, conflict) -> versions.put(number, conflict.statement().getVersion()));
		model.addAttribute("view", view);
		model.addAttribute("section", section);
		model.addAttribute("versions", versions);
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("editable",
				AuditAccess.canEditSection(user, audit, section.number()) && !audit.getStatus().isSubmitted());
		boolean lead = AuditAccess.isAgencyLead(user, audit) && !audit.getStatus().isSubmitted();
		model.addAttribute("canAssign", lead);
		model.addAttribute("assigneeName",
				audit.assigneeOf(section.number()).map((userId) -> this.selfAudits.nameOf(audit, userId)).orElse(null));
		if (lead) {
			model.addAttribute("colleagues",
					this.users.page(user.partnershipId(), audit.getAgencyId(), 500, 0)
						.stream()
						.filter((colleague) -> colleague.isActive())
						.map((colleague) -> new SelectOption(colleague.getId().toString(), colleague.getDisplayName()))
						.toList());
			model.addAttribute("assigneeId", audit.assigneeOf(section.number()).map(String::valueOf).orElse(""));
		}
		model.addAttribute("source", view.framework().source());
		return "selfaudit/section";
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
