package org.onlinelives.families.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.DirectoryFilter;
import org.onlinelives.families.directory.EntryView;
import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The help directory: everyone in the partnership reads it and filters it; administrators
 * keep it; an entry's owner records that it has been checked.
 */
@Controller
class DirectoryController {

	private final Directory directory;

	private final Labels labels;

	DirectoryController(Directory directory, Labels labels) {
		this.directory = directory;
		this.labels = labels;
	}

	@GetMapping("/help-directory")
	String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") DirectoryFilterForm filter,
			BindingResult result, Model model) {
		FamiliesForms.reject(result, filter.unreadable());
		List<EntryView> entries = this.directory.list(user, filter.filter());
		model.addAttribute("entries", entries);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("overdue",
				this.directory.list(user, new DirectoryFilter(null, null, null, null, DirectoryFilter.Review.OVERDUE))
					.size());
		model.addAttribute("audienceChoices",
				this.labels.choices("directory.filter.any", "directory.audience.", Audience.values()));
		model.addAttribute("topicChoices",
				this.labels.choices("directory.filter.any", "directory.topic.", HelpTopic.values()));
		model.addAttribute("reachChoices",
				this.labels.choices("directory.filter.any", "directory.reach.", Reach.values()));
		model.addAttribute("reviewChoices", this.labels.choices("directory.filter.any", "directory.filter.review.",
				DirectoryFilter.Review.values()));
		return "families/directory";
	}

	@GetMapping("/help-directory/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("view", this.directory.find(user, id));
		return "families/entry";
	}

	@GetMapping("/help-directory/new")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newEntry(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("form", EntryForm.blank(admin.email()));
		return form(null, model);
	}

	@PostMapping("/help-directory")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String add(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") EntryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		check(admin, form, result);
		if (!result.hasErrors()) {
			try {
				EntryView added = this.directory.add(admin, form.details(), form.owner());
				redirect.addFlashAttribute("success", "directory.added");
				return "redirect:/help-directory/" + added.entry().id();
			}
			catch (HelpRuleException refusal) {
				FamiliesForms.reject(result, refusal);
			}
		}
		return form(null, model);
	}

	@GetMapping("/help-directory/{id}/edit")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String edit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		EntryView view = this.directory.find(admin, id);
		model.addAttribute("form", EntryForm.of(view));
		return form(view, model);
	}

	@PostMapping("/help-directory/{id}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") EntryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		EntryView view = this.directory.find(admin, id);
		check(admin, form, result);
		if (!result.hasErrors() && form.expectedVersion() == null) {
			result.reject("directory.changedByAnother");
		}
		if (!result.hasErrors()) {
			try {
				this.directory.change(admin, id, form.details(), form.owner(), form.expectedVersion());
				redirect.addFlashAttribute("success", "directory.changed");
				return "redirect:/help-directory/" + id;
			}
			catch (HelpRuleException refusal) {
				FamiliesForms.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("directory.changedByAnother");
			}
		}
		return form(view, model);
	}

	@PostMapping("/help-directory/{id}/delete")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String remove(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.directory.remove(admin, id);
		}
		catch (HelpRuleException refusal) {
			redirect.addFlashAttribute("notice", "directory.remove.inPack");
			return "redirect:/help-directory/" + id;
		}
		redirect.addFlashAttribute("success", "directory.removed");
		return "redirect:/help-directory";
	}

	@PostMapping("/help-directory/{id}/reviewed")
	String reviewed(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.directory.markReviewed(user, id);
		redirect.addFlashAttribute("success", "directory.reviewed");
		return "redirect:/help-directory/" + id;
	}

	// What cannot be read is reported first; then every rule of the entry and its owner.
	private void check(SignedInUser admin, EntryForm form, BindingResult result) {
		List<HelpRuleException.Problem> problems = new ArrayList<>(form.unreadable());
		problems.addAll(this.directory.problemsWith(admin, form.details(), form.owner()));
		FamiliesForms.reject(result, problems);
	}

	private String form(EntryView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("kindOptions", FamiliesForms.names(List.of(ServiceKind.values())));
		model.addAttribute("audienceOptions", FamiliesForms.names(List.of(Audience.values())));
		model.addAttribute("topicOptions", FamiliesForms.names(List.of(HelpTopic.values())));
		model.addAttribute("reachOptions", FamiliesForms.names(List.of(Reach.values())));
		return "families/entry-form";
	}

}
