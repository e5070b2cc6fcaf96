package org.onlinelives.platform.people.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Team;
import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.platform.people.PeopleAdministration;
import org.onlinelives.platform.people.PeopleScope;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * Administrators invite anyone into the partnership; agency leads invite into their own
 * agency.
 */
@Controller
class InvitationsController {

	private final InvitationService invitationService;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	private final Clock clock;

	InvitationsController(InvitationService invitationService, AgencyDirectory agencies, MessageSource messages,
			Clock clock) {
		this.invitationService = invitationService;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/invitations")
	String list(@AuthenticationPrincipal SignedInUser manager, Model model) {
		PeopleScope scope = PeopleScope.of(manager);
		model.addAttribute("invitations", this.invitationService.recent(scope));
		model.addAttribute("agencyNames",
				this.agencies.agenciesOf(manager.partnershipId())
					.stream()
					.collect(Collectors.toMap(Agency::getId, Agency::getName)));
		model.addAttribute("now", this.clock.instant());
		return "people/invitations";
	}

	@GetMapping("/admin/invitations/new")
	String form(@AuthenticationPrincipal SignedInUser manager, Model model) {
		PeopleScope scope = PeopleScope.of(manager);
		model.addAttribute("form", InvitationForm.empty(scope.agencyId()));
		return showForm(manager, model);
	}

	@PostMapping("/admin/invitations")
	String invite(@AuthenticationPrincipal SignedInUser manager, @Validated @ModelAttribute("form") InvitationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PeopleScope scope = PeopleScope.of(manager);
		Long agencyId = scope.administrator() ? form.agency().orElse(null) : scope.agencyId();
		boolean agencyUnreadable = scope.administrator() && form.agencyId() != null && !form.agencyId().isBlank()
				&& form.agency().isEmpty();
		if (agencyUnreadable || (agencyId != null && this.agencies.find(scope.partnershipId(), agencyId).isEmpty())) {
			result.rejectValue("agencyId", "invitation.agency.invalid");
		}
		Long teamId = form.team().orElse(null);
		if ((form.teamId() != null && !form.teamId().isBlank() && teamId == null)
				|| (teamId != null && (agencyId == null || this.agencies.find(scope.partnershipId(), agencyId)
					.flatMap((agency) -> this.agencies.team(agency, teamId))
					.isEmpty()))) {
			result.rejectValue("teamId", "invitation.team.invalid");
		}
		Set<Role> roles = form.chosenRoles().orElse(null);
		if (roles == null || !scope.assignableRoles().containsAll(roles)) {
			result.rejectValue("roles", "people.roles.notAllowed");
		}
		else if (roles.isEmpty()) {
			result.rejectValue("roles", "people.roles.required");
		}
		else if (!PeopleAdministration.fitsWhereTheyWork(agencyId, roles)) {
			result.rejectValue("agencyId", "invitation.agency.required");
		}
		if (!result.hasFieldErrors("email") && this.invitationService.emailInUse(form.email())) {
			result.rejectValue("email", "person.email.taken");
		}
		else if (!result.hasFieldErrors("email") && this.invitationService.awaitingAcceptance(form.email())) {
			result.rejectValue("email", "invitation.email.waiting");
		}
		if (result.hasErrors()) {
			return showForm(manager, model);
		}
		String partnershipName = this.agencies.partnership(manager.partnershipId()).orElseThrow().getName();
		InvitationService.SentInvitation sent = this.invitationService.invite(manager, agencyId, teamId, form.email(),
				form.name(), EnumSet.copyOf(roles), partnershipName);
		redirect.addFlashAttribute("sent", sent);
		return "redirect:/admin/invitations/sent";
	}

	@GetMapping("/admin/invitations/sent")
	String sent(Model model) {
		if (!model.containsAttribute("sent")) {
			return "redirect:/admin/invitations";
		}
		return "people/invitation-sent";
	}

	@PostMapping("/admin/invitations/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser manager, @PathVariable long id, RedirectAttributes redirect) {
		this.invitationService.revoke(manager, id);
		redirect.addFlashAttribute("success", "invitation.revoked");
		return "redirect:/admin/invitations";
	}

	private String showForm(SignedInUser manager, Model model) {
		PeopleScope scope = PeopleScope.of(manager);
		List<Agency> agencyList = scope.administrator() ? this.agencies.agenciesOf(manager.partnershipId())
				: this.agencies.find(scope.partnershipId(), scope.agencyId()).stream().toList();
		List<SelectOption> agencyOptions = agencyList.stream()
			.map((a) -> new SelectOption(a.getId().toString(), a.getName()))
			.toList();
		List<SelectOption> teamOptions = new ArrayList<>();
		Map<Long, String> agencyNames = agencyList.stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
		for (Agency agency : agencyList) {
			for (Team team : this.agencies.teamsOf(agency)) {
				teamOptions
					.add(new SelectOption(team.id().toString(), agencyNames.get(agency.getId()) + ": " + team.name()));
			}
		}
		model.addAttribute("agencyOptions", agencyOptions);
		model.addAttribute("teamOptions", teamOptions);
		model.addAttribute("administrator", scope.administrator());
		model.addAttribute("assignableRoles", scope.assignableRoles().stream().map(Role::name).toList());
		model.addAttribute("noAgencyLabel",
				this.messages.getMessage("invitation.agency.none", null, LocaleContextHolder.getLocale()));
		return "people/invite";
	}

}
