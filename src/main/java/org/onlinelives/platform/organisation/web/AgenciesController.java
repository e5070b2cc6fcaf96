package org.onlinelives.platform.organisation.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyAdministration;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
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

@Controller
class AgenciesController {

	private final AgencyAdministration administration;

	AgenciesController(AgencyAdministration administration) {
		this.administration = administration;
	}

	record TeamForm(@NotBlank(message = "{team.name.required}") @Size(max = 200,
			message = "{team.name.tooLong}") String teamName) {
	}

	@ModelAttribute("agencyTypes")
	List<AgencyType> agencyTypes() {
		return List.of(AgencyType.values());
	}

	@GetMapping("/admin/agencies")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("agencies", this.administration.visibleTo(user));
		return "organisation/agencies";
	}

	@GetMapping("/admin/agencies/new")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newAgency(Model model) {
		model.addAttribute("form", AgencyForm.empty());
		return "organisation/agency-form";
	}

	@PostMapping("/admin/agencies")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String create(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") AgencyForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("name") && this.administration.nameTaken(admin, form.name(), null)) {
			result.rejectValue("name", "agency.name.taken");
		}
		rejectUnknownType(form, result);
		if (result.hasErrors()) {
			return "organisation/agency-form";
		}
		Agency agency;
		try {
			agency = this.administration.create(admin, form.details());
		}
		catch (DuplicateKeyException ex) {
			// Two people adding the same name at once: the second is told, as if they had
			// checked first.
			result.rejectValue("name", "agency.name.taken");
			return "organisation/agency-form";
		}
		redirect.addFlashAttribute("success", "agency.created");
		return "redirect:/admin/agencies/" + agency.getId();
	}

	@GetMapping("/admin/agencies/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("teamForm", new TeamForm(""));
		return show(user, this.administration.manageable(user, id), model);
	}

	@GetMapping("/admin/agencies/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Agency agency = this.administration.manageable(user, id);
		model.addAttribute("agency", agency);
		model.addAttribute("form", AgencyForm.of(agency));
		return "organisation/agency-form";
	}

	@PostMapping("/admin/agencies/{id}")
	String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Validated @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Agency agency = this.administration.manageable(user, id);
		if (!result.hasFieldErrors("name") && this.administration.nameTaken(user, form.name(), id)) {
			result.rejectValue("name", "agency.name.taken");
		}
		rejectUnknownType(form, result);
		if (!result.hasErrors() && !form.expectedVersion().equals(java.util.Optional.ofNullable(agency.getVersion()))) {
			result.reject("agency.changedByAnother");
		}
		if (result.hasErrors()) {
			model.addAttribute("agency", agency);
			return "organisation/agency-form";
		}
		try {
			this.administration.change(user, id, form.details(), form.expectedVersion().orElseThrow());
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("name", "agency.name.taken");
			model.addAttribute("agency", agency);
			return "organisation/agency-form";
		}
		redirect.addFlashAttribute("success", "agency.changed");
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/admin/agencies/{id}/teams")
	String addTeam(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Validated @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Agency agency = this.administration.manageable(user, id);
		if (!result.hasErrors() && this.administration.teamNameTaken(id, form.teamName())) {
			result.rejectValue("teamName", "team.name.taken");
		}
		if (result.hasErrors()) {
			return show(user, agency, model);
		}
		try {
			this.administration.addTeam(user, id, form.teamName());
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("teamName", "team.name.taken");
			return show(user, agency, model);
		}
		redirect.addFlashAttribute("success", "team.created");
		return "redirect:/admin/agencies/" + id;
	}

	private static void rejectUnknownType(AgencyForm form, BindingResult result) {
		if (!result.hasFieldErrors("type") && form.agencyType().isEmpty()) {
			result.rejectValue("type", "agency.type.required");
		}
	}

	private String show(SignedInUser user, Agency agency, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("teams", this.administration.teams(agency));
		return "organisation/agency";
	}

}
