package org.onlinelives.selfaudit.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies' audits: the list, starting one, the overview and submission. */
@Controller
class AuditsController {

	private final SelfAudits selfAudits;

	private final AuditViews views;

	AuditsController(SelfAudits selfAudits, AuditViews views) {
		this.selfAudits = selfAudits;
		this.views = views;
	}

	/** A cycle open to the person's agency, with the agency's audit if started. */
	public record CycleRow(AuditCycle cycle, Audit audit) {
	}

	/** An audit in the QA reviewer's or administrator's list. */
	public record AuditRow(Audit audit, String agencyName, String cycleName) {
	}

	@GetMapping("/audits")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		Map<Long, Audit> ownAudits = this.selfAudits.auditsOfOwnAgency(user)
			.stream()
			.collect(Collectors.toMap(Audit::getAuditCycleId, Function.identity()));
		model.addAttribute("cycleRows",
				this.selfAudits.cyclesForAgency(user)
					.stream()
					.map((cycle) -> new CycleRow(cycle, ownAudits.get(cycle.getId())))
					.toList());
		model.addAttribute("canStart", user.hasRole(Role.AGENCY_LEAD));
		boolean reviewer = user.hasRole(Role.QA_REVIEWER);
		model.addAttribute("reviewer", reviewer);
		if (reviewer || user.isAdministrator()) {
			model.addAttribute("awaitingQa", rows(this.selfAudits.awaitingQa(user)));
			model.addAttribute("signedOff", rows(this.selfAudits.signedOff(user)));
		}
		return "selfaudit/audits";
	}

	@PostMapping("/audits")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String start(@AuthenticationPrincipal SignedInUser lead, @RequestParam("cycleId") Optional<Long> cycleId) {
		Audit audit = this.selfAudits.start(lead, cycleId.orElse(-1L));
		return "redirect:/audits/" + audit.getId();
	}

	@GetMapping("/audits/{id}")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("lead", AuditAccess.isAgencyLead(user, audit));
		model.addAttribute("reviewer", AuditAccess.canReview(user, audit));
		model.addAttribute("editableSections",
				java.util.stream.IntStream.rangeClosed(1, 6)
					.filter((section) -> AuditAccess.canEditSection(user, audit, section))
					.boxed()
					.toList());
		model.addAttribute("assignees", assignees(audit));
		return "selfaudit/audit";
	}

	@GetMapping("/audits/{id}/submit")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String checkAnswers(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, Model model) {
		Audit audit = leadsAudit(lead, id);
		if (audit.getStatus().isSubmitted()) {
			return "redirect:/audits/" + id;
		}
		model.addAttribute("view", this.views.of(audit));
		return "selfaudit/check-answers";
	}

	@PostMapping("/audits/{id}/submit")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String submit(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		Audit audit = leadsAudit(lead, id);
		if (audit.getStatus().isSubmitted()) {
			// a second click, or a second tab: the audit is already where they wanted it
			redirect.addFlashAttribute("notice", "selfaudit.submit.already");
			return "redirect:/audits/" + id;
		}
		try {
			this.selfAudits.submit(lead, audit);
		}
		catch (AuditRuleException refusal) {
			model.addAttribute("view", this.views.of(this.selfAudits.viewable(lead, id)));
			model.addAttribute("refusalKey", refusal.messageKey());
			model.addAttribute("refusalArguments", refusal.arguments());
			return "selfaudit/check-answers";
		}
		redirect.addFlashAttribute("success", "selfaudit.submit.done");
		return "redirect:/audits/" + id + "/feedback";
	}

	private Audit leadsAudit(SignedInUser lead, long id) {
		Audit audit = this.selfAudits.viewable(lead, id);
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new org.onlinelives.platform.web.RecordNotFoundException("audit", id);
		}
		return audit;
	}

	private Map<Integer, String> assignees(Audit audit) {
		Map<Integer, String> names = new java.util.HashMap<>();
		for (int section = 1; section <= 6; section++) {
			int number = section;
			audit.assigneeOf(section).ifPresent((userId) -> names.put(number, this.selfAudits.nameOf(audit, userId)));
		}
		return names;
	}

	private List<AuditRow> rows(List<Audit> audits) {
		return audits.stream()
			.map((audit) -> new AuditRow(audit, this.selfAudits.agencyName(audit),
					this.selfAudits.cycleOf(audit).getName()))
			.toList();
	}

}
