package org.onlinelives.platform.people.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.stream.Collectors;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.PeopleAdministration;
import org.onlinelives.platform.people.PeopleScope;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people an administrator (whole partnership) or agency lead (own agency) manages.
 */
@Controller
class PeopleController {

	private final PeopleAdministration people;

	private final AgencyDirectory agencies;

	PeopleController(PeopleAdministration people, AgencyDirectory agencies) {
		this.people = people;
		this.agencies = agencies;
	}

	record RolesForm(Set<String> roles, String version) {
	}

	@GetMapping("/admin/users")
	String list(@AuthenticationPrincipal SignedInUser manager, @RequestParam(required = false) Long agency,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int current = Math.max(page, 1);
		long total = this.people.count(manager, agency);
		model.addAttribute("people", this.people.page(manager, agency, current));
		model.addAttribute("agencyNames", agencyNames(manager));
		model.addAttribute("agencies", this.agencies.agenciesOf(manager.partnershipId()));
		model.addAttribute("agencyFilter", agency);
		model.addAttribute("administrator", PeopleScope.of(manager).administrator());
		model.addAttribute("page", current);
		model.addAttribute("pages",
				Math.max(1, (total + PeopleAdministration.PAGE_SIZE - 1) / PeopleAdministration.PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("baseUrl", "/admin/users?" + ((agency != null) ? "agency=" + agency + "&" : ""));
		return "people/list";
	}

	@GetMapping("/admin/users/{id}")
	String show(@AuthenticationPrincipal SignedInUser manager, @PathVariable long id, Model model) {
		User person = this.people.get(manager, id);
		model.addAttribute("form", new RolesForm(person.roles().stream().map(Role::name).collect(Collectors.toSet()),
				String.valueOf(person.getVersion())));
		return show(manager, person, model);
	}

	@PostMapping("/admin/users/{id}/roles")
	String changeRoles(@AuthenticationPrincipal SignedInUser manager, @PathVariable long id,
			@org.springframework.web.bind.annotation.ModelAttribute("form") RolesForm form,
			org.springframework.validation.BindingResult result, Model model, RedirectAttributes redirect) {
		User person = this.people.get(manager, id);
		Set<Role> roles = FormValues.toEnums(Role.class, form.roles()).orElse(null);
		String refusal = this.people.refusalToChange(manager, person);
		if (refusal != null) {
			result.reject(refusal);
		}
		else if (roles == null || !PeopleScope.of(manager).assignableRoles().containsAll(roles)) {
			result.rejectValue("roles", "people.roles.notAllowed");
		}
		else if (PeopleScope.of(manager).resultingRoles(person.roles(), roles).isEmpty()) {
			result.rejectValue("roles", "people.roles.required");
		}
		else if (!PeopleAdministration.fitsWhereTheyWork(person.getAgencyId(),
				PeopleScope.of(manager).resultingRoles(person.roles(), roles))) {
			result.rejectValue("roles", "people.roles.needAgency");
		}
		else if (!FormValues.toLong(form.version()).equals(java.util.Optional.ofNullable(person.getVersion()))) {
			result.reject("people.changedByAnother");
		}
		if (result.hasErrors()) {
			return show(manager, person, model);
		}
		this.people.changeRoles(manager, id, EnumSet.copyOf(roles), person.getVersion());
		redirect.addFlashAttribute("success", "people.roles.changed");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal SignedInUser manager, @PathVariable long id,
			RedirectAttributes redirect) {
		return changeActive(manager, id, false, redirect);
	}

	@PostMapping("/admin/users/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal SignedInUser manager, @PathVariable long id,
			RedirectAttributes redirect) {
		return changeActive(manager, id, true, redirect);
	}

	private String changeActive(SignedInUser manager, long id, boolean active, RedirectAttributes redirect) {
		User person = this.people.get(manager, id);
		String refusal = this.people.refusalToChange(manager, person);
		if (refusal != null) {
			redirect.addFlashAttribute("problem", refusal);
		}
		else if (active) {
			this.people.reactivate(manager, id);
			redirect.addFlashAttribute("success", "people.reactivated");
		}
		else {
			this.people.deactivate(manager, id);
			redirect.addFlashAttribute("success", "people.deactivated");
		}
		return "redirect:/admin/users/" + id;
	}

	private String show(SignedInUser manager, User person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("agencyNames", agencyNames(manager));
		model.addAttribute("assignableRoles",
				PeopleScope.of(manager).assignableRoles().stream().map(Role::name).toList());
		model.addAttribute("refusal", this.people.refusalToChange(manager, person));
		return "people/show";
	}

	private Map<Long, String> agencyNames(SignedInUser manager) {
		return this.agencies.agenciesOf(manager.partnershipId())
			.stream()
			.collect(Collectors.toMap(Agency::getId, Agency::getName, (a, b) -> a));
	}

}
