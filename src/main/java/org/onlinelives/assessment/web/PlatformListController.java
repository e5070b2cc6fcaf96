package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.assessment.platformlist.RecordedSpelling;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's platform list for its administrators: the names, the spellings
 * recorded that are not on it, adding a name and merging a spelling into a name. The
 * list's rules live in {@link PlatformList}; this only binds and translates its errors.
 */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class PlatformListController {

	private final PlatformList platformList;

	private final MessageSource messages;

	PlatformListController(PlatformList platformList, MessageSource messages) {
		this.platformList = platformList;
		this.messages = messages;
	}

	record PlatformForm(String name) {
	}

	record MergeForm(String variant, String canonical) {
	}

	@GetMapping("/admin/platforms")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", new PlatformForm(""));
		return listPage(user, model);
	}

	@PostMapping("/admin/platforms")
	String add(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PlatformForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.platformList.add(user, form.name());
		}
		catch (InvalidAnswerException ex) {
			result.rejectValue("name", ex.getMessage());
			return listPage(user, model);
		}
		redirect.addFlashAttribute("success", "platformList.added");
		return "redirect:/admin/platforms";
	}

	@GetMapping("/admin/platforms/merge")
	String mergeForm(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "variant", required = false) String variant, Model model) {
		model.addAttribute("form", new MergeForm(variant, null));
		return mergePage(user, model);
	}

	@PostMapping("/admin/platforms/merge")
	String merge(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") MergeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			int changed = this.platformList.merge(user, form.variant(), form.canonical());
			redirect.addFlashAttribute("merged", this.messages.getMessage("platformList.merged",
					new Object[] { form.variant(), form.canonical(), changed }, Locale.UK));
		}
		catch (InvalidAnswerException ex) {
			result.rejectValue(ex.field(), ex.getMessage());
			return mergePage(user, model);
		}
		return "redirect:/admin/platforms";
	}

	private String listPage(SignedInUser user, Model model) {
		model.addAttribute("names", this.platformList.names(user.partnershipId()));
		model.addAttribute("spellings", this.platformList.spellings(user));
		return "assessment/platform-list";
	}

	private String mergePage(SignedInUser user, Model model) {
		List<String> names = this.platformList.names(user.partnershipId());
		List<SelectOption> variants = new ArrayList<>();
		for (RecordedSpelling spelling : this.platformList.spellings(user)) {
			variants.add(new SelectOption(spelling.name(), this.messages.getMessage("platformList.variant.recorded",
					new Object[] { spelling.name(), spelling.records() }, Locale.UK)));
		}
		for (String name : names) {
			variants.add(new SelectOption(name,
					this.messages.getMessage("platformList.variant.listed", new Object[] { name }, Locale.UK)));
		}
		model.addAttribute("variants", variants);
		model.addAttribute("canonicals", names.stream().map((name) -> new SelectOption(name, name)).toList());
		return "assessment/platform-merge";
	}

}
