package org.onlinelives.selfaudit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Users;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditActions;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.onlinelives.selfaudit.scoring.ProposedAction;
import org.onlinelives.selfaudit.scoring.ProposedActions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's action plan: actions proposed for statements scored 0 or 1, the agency's
 * own, and open actions carried from its earlier cycles. The agency lead edits; overdue
 * actions are tagged.
 */
@Controller
class ActionsController {

	private final SelfAudits selfAudits;

	private final AuditActions actions;

	private final AuditViews views;

	private final Users users;

	private final AccessLog accessLog;

	private final Clock clock;

	ActionsController(SelfAudits selfAudits, AuditActions actions, AuditViews views, Users users, AccessLog accessLog,
			Clock clock) {
		this.selfAudits = selfAudits;
		this.actions = actions;
		this.views = views;
		this.users = users;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** An action as listed, with what the page needs to show about it. */
	public record ActionRow(AuditAction action, String ownerName, boolean overdue, boolean carried) {
	}

	@GetMapping("/audits/{id}/actions")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		LocalDate today = LocalDate.now(this.clock.withZone(SelfAuditDates.UK));
		List<AuditAction> plan = this.actions.planFor(audit.getPartnershipId(), audit.getAgencyId(), audit.getId());
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("rows",
				plan.stream()
					.map((action) -> new ActionRow(action, this.selfAudits.nameOf(audit, action.getOwnerId()),
							action.isOverdue(today), action.isCarriedInto(audit)))
					.toList());
		model.addAttribute("proposals", proposals(audit, plan));
		model.addAttribute("lead", AuditAccess.isAgencyLead(user, audit) && audit.getStatus().isSubmitted());
		return "selfaudit/actions";
	}

	@GetMapping("/audits/{id}/actions/new")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String newAction(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id,
			@RequestParam(name = "statement", required = false) String statement, Model model) {
		Audit audit = leads(lead, id);
		String proposed = proposals(audit, List.of()).stream()
			.filter((proposal) -> proposal.statementNumber().equals(statement))
			.map(ProposedAction::action)
			.findFirst()
			.orElse("");
		model.addAttribute("form",
				ActionForm.proposed(proposed.isEmpty() ? null : statement, proposed.isEmpty() ? "" : proposed));
		return form(audit, null, model);
	}

	@PostMapping("/audits/{id}/actions")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	@Transactional
	String add(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id,
			@ModelAttribute("form") ActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = leads(lead, id);
		validate(lead, audit, form, result);
		if (result.hasErrors()) {
			return form(audit, null, model);
		}
		String statement = (form.statementNumber() != null
				&& this.selfAudits.framework(audit).statement(form.statementNumber()).isPresent())
						? form.statementNumber() : null;
		try {
			AuditAction action = this.actions.save(AuditAction.add(audit, statement, form.description(), form.owner(),
					form.due(), form.statusValue(), form.progressNotes(), this.clock.instant()));
			this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit-action", action.getId(), "action added");
		}
		catch (AuditRuleException refusal) {
			result.reject(refusal.messageKey());
			return form(audit, null, model);
		}
		redirect.addFlashAttribute("success", "selfaudit.actions.added");
		return "redirect:/audits/" + id + "/actions";
	}

	@GetMapping("/audits/{id}/actions/{actionId}")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String edit(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable long actionId,
			Model model) {
		Audit audit = leads(lead, id);
		AuditAction action = action(audit, actionId);
		model.addAttribute("form", ActionForm.of(action));
		return form(audit, action, model);
	}

	@PostMapping("/audits/{id}/actions/{actionId}")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	@Transactional
	String change(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable long actionId,
			@ModelAttribute("form") ActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = leads(lead, id);
		AuditAction action = action(audit, actionId);
		validate(lead, audit, form, result);
		if (!result.hasErrors() && (form.version() == null || !form.version().equals(action.getVersion()))) {
			result.reject("selfaudit.actions.changedByAnother");
		}
		if (result.hasErrors()) {
			return form(audit, action, model);
		}
		action.change(form.description(), form.owner(), form.due(), form.statusValue(), form.progressNotes());
		this.actions.save(action);
		this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit-action", action.getId(), "action changed");
		redirect.addFlashAttribute("success", "selfaudit.actions.changed");
		return "redirect:/audits/" + id + "/actions";
	}

	private void validate(SignedInUser lead, Audit audit, ActionForm form, BindingResult result) {
		form.validate(result);
		if (!result.hasFieldErrors("ownerId") && form.owner() != null
				&& this.users
					.findByIdAndPartnershipIdAndAgencyId(form.owner(), lead.partnershipId(), audit.getAgencyId())
					.isEmpty()) {
			result.rejectValue("ownerId", "selfaudit.actions.owner.invalid");
		}
	}

	private String form(Audit audit, AuditAction action, Model model) {
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("action", action);
		model.addAttribute("statuses", List.of(ActionStatus.values()).stream().map(Enum::name).toList());
		model.addAttribute("owners",
				this.users.page(audit.getPartnershipId(), audit.getAgencyId(), 500, 0)
					.stream()
					.map((user) -> new SelectOption(user.getId().toString(), user.getDisplayName()))
					.toList());
		return "selfaudit/action-form";
	}

	private List<ProposedAction> proposals(Audit audit, List<AuditAction> plan) {
		if (!audit.getStatus().isSubmitted()) {
			return List.of();
		}
		Set<String> planned = plan.stream()
			.filter((action) -> action.getAuditId().equals(audit.getId()) && action.getStatementNumber() != null)
			.map(AuditAction::getStatementNumber)
			.collect(Collectors.toSet());
		Map<String, Integer> scores = new HashMap<>();
		this.selfAudits.statements(audit).forEach((number, statement) -> scores.put(number, statement.getScore()));
		return ProposedActions.from(AuditScores.of(this.selfAudits.framework(audit), scores))
			.stream()
			.filter((proposal) -> !planned.contains(proposal.statementNumber()))
			.toList();
	}

	private AuditAction action(Audit audit, long actionId) {
		return this.actions.findByIdAndPartnershipIdAndAgencyId(actionId, audit.getPartnershipId(), audit.getAgencyId())
			.orElseThrow(() -> new RecordNotFoundException("audit-action", actionId));
	}

	private Audit leads(SignedInUser lead, long id) {
		Audit audit = this.selfAudits.viewable(lead, id);
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new AccessDeniedException("Only the agency's lead edits its action plan");
		}
		return audit;
	}

}
