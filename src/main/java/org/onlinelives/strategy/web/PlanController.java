package org.onlinelives.strategy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.PlanStatus;
import org.onlinelives.strategy.plan.Rag;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.strategy.plan.StrategyRuleException;
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
 * The partnership's online-safety plan under its four priorities, one action with its
 * progress and the audit weaknesses it answers, and recording progress.
 */
@Controller
class PlanController {

	private final PartnershipPlan plan;

	PlanController(PartnershipPlan plan) {
		this.plan = plan;
	}

	/** An action as the plan lists it. */
	record ActionRow(PlanAction action, String ownerName, String leadName, Rag rag, boolean overdue,
			PartnershipPlan.Answers answers) {
	}

	/** A priority and its actions. */
	record PrioritySection(StrategicPriority priority, List<ActionRow> rows) {
	}

	@GetMapping("/plan")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'AGENCY_LEAD', 'ANALYST')")
	String plan(@AuthenticationPrincipal SignedInUser user, Model model) {
		LocalDate today = this.plan.today();
		Map<Long, String> agencies = this.plan.agencyNames(user.partnershipId());
		Map<Long, PartnershipPlan.Answers> answers = this.plan.answersByAction(user.partnershipId());
		List<PlanAction> actions = this.plan.actions(user);
		List<PrioritySection> sections = new ArrayList<>();
		for (StrategicPriority priority : StrategicPriority.values()) {
			sections
				.add(new PrioritySection(priority,
						actions.stream()
							.filter((action) -> action.getPriority() == priority)
							.map((action) -> new ActionRow(action,
									(action.getOwnerAgencyId() != null) ? agencies.get(action.getOwnerAgencyId())
											: null,
									this.plan.nameOf(user.partnershipId(), action.getLeadUserId()),
									action.shownRag(today), action.isOverdue(today), answers.get(action.getId())))
							.toList()));
		}
		model.addAttribute("sections", sections);
		model.addAttribute("actionCount", actions.size());
		model.addAttribute("waiting", this.plan.waitingCount(user));
		return "strategy/plan";
	}

	@GetMapping("/plan/actions/{id}")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'AGENCY_LEAD', 'ANALYST')")
	String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		PlanAction action = this.plan.action(user, id);
		if (!model.containsAttribute("progress")) {
			model.addAttribute("progress", ProgressForm.blank(action.getVersion()));
		}
		return page(user, action, model);
	}

	@PostMapping("/plan/actions/{id}/progress")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'AGENCY_LEAD')")
	String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("progress") ProgressForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanAction action = this.plan.action(user, id);
		if (StrategyForms.unreadable(form.status(), form.statusValue())) {
			result.rejectValue("status", "strategy.progress.status.required");
		}
		if (StrategyForms.unreadable(form.rag(), form.ragValue())) {
			result.rejectValue("rag", "strategy.progress.rag.required");
		}
		if (!result.hasErrors()) {
			try {
				this.plan.recordProgress(user, id, form.note(), form.statusValue(), form.ragValue(), form.version());
			}
			catch (StrategyRuleException refusal) {
				StrategyForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return page(user, action, model);
		}
		redirect.addFlashAttribute("success", "strategy.progress.saved");
		return "redirect:/plan/actions/" + id;
	}

	private String page(SignedInUser user, PlanAction action, Model model) {
		LocalDate today = this.plan.today();
		model.addAttribute("action", action);
		model.addAttribute("ownerName", (action.getOwnerAgencyId() != null)
				? this.plan.agencyNames(user.partnershipId()).get(action.getOwnerAgencyId()) : null);
		model.addAttribute("leadName", this.plan.nameOf(user.partnershipId(), action.getLeadUserId()));
		model.addAttribute("rag", action.shownRag(today));
		model.addAttribute("overdue", action.isOverdue(today));
		model.addAttribute("weaknesses", this.plan.answeredBy(user, action));
		model.addAttribute("writers",
				action.getNotes()
					.stream()
					.map((note) -> this.plan.nameOf(user.partnershipId(), note.writtenBy()))
					.toList());
		model.addAttribute("mayRecord", PartnershipPlan.mayRecordProgress(user, action));
		model.addAttribute("statuses", StrategyForms.names(PlanStatus.values()));
		model.addAttribute("judgements", List.of(Rag.GREEN.name(), Rag.AMBER.name(), Rag.RED.name()));
		return "strategy/action";
	}

}
