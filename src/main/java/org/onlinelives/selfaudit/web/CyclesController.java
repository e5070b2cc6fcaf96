package org.onlinelives.selfaudit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partnership administrators open audit cycles and follow who has submitted. */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class CyclesController {

	private final SelfAudits selfAudits;

	private final AgencyDirectory agencies;

	private final Clock clock;

	CyclesController(SelfAudits selfAudits, AgencyDirectory agencies, Clock clock) {
		this.selfAudits = selfAudits;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** An agency's place in a cycle: its audit, if started. */
	record CycleAgencyRow(Agency agency, Audit audit) {

		public boolean submitted() {
			return this.audit != null && this.audit.getStatus().isSubmitted();
		}

	}

	@GetMapping("/audit-cycles")
	String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("cycles", this.selfAudits.cycles(admin));
		return "selfaudit/cycles";
	}

	@GetMapping("/audit-cycles/new")
	String newCycle(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("form", CycleForm.empty());
		return form(admin, model);
	}

	@PostMapping("/audit-cycles")
	String open(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") CycleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				AuditCycle cycle = this.selfAudits.openCycle(admin, form.details());
				redirect.addFlashAttribute("success", "selfaudit.cycle.opened");
				return "redirect:/audit-cycles/" + cycle.getId();
			}
			catch (AuditRuleException refusal) {
				String field = switch (refusal.messageKey()) {
					case "selfaudit.cycle.periodEnd.beforeStart" -> "periodEnd";
					case "selfaudit.cycle.deadline.beforeStart" -> "deadline";
					case "selfaudit.cycle.agencies.required" -> "agencyIds";
					default -> "name";
				};
				result.rejectValue(field, refusal.messageKey());
			}
		}
		return form(admin, model);
	}

	@GetMapping("/audit-cycles/{id}")
	String show(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		AuditCycle cycle = this.selfAudits.cycle(admin, id);
		Map<Long, Audit> audits = this.selfAudits.auditsInCycle(admin, cycle)
			.stream()
			.collect(Collectors.toMap(Audit::getAgencyId, Function.identity()));
		List<CycleAgencyRow> rows = this.agencies.agenciesOf(admin.partnershipId())
			.stream()
			.filter((agency) -> cycle.includes(agency.getId()))
			.map((agency) -> new CycleAgencyRow(agency, audits.get(agency.getId())))
			.toList();
		model.addAttribute("cycle", cycle);
		model.addAttribute("rows", rows);
		model.addAttribute("notSubmitted", rows.stream().filter((row) -> !row.submitted()).count());
		model.addAttribute("pastDeadline", cycle.isPastDeadline(LocalDate.now(this.clock)));
		return "selfaudit/cycle";
	}

	private String form(SignedInUser admin, Model model) {
		model.addAttribute("agencies", this.agencies.agenciesOf(admin.partnershipId()));
		return "selfaudit/cycle-form";
	}

}
