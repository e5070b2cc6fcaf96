package org.onlinelives.families.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.families.packs.AdvicePack;
import org.onlinelives.families.packs.PackView;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.platform.web.SelectOption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Advice packs: administrators assemble them from the help directory; everyone in the
 * partnership reads them, prints them and shares their public address.
 */
@Controller
class PacksController {

	private final Packs packs;

	private final PdfRenderer pdf;

	private final PublicAddress publicAddress;

	private final Clock clock;

	PacksController(Packs packs, PdfRenderer pdf, PublicAddress publicAddress, Clock clock) {
		this.packs = packs;
		this.pdf = pdf;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	@GetMapping("/help-directory/packs")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("packs", this.packs.list(user));
		return "families/packs";
	}

	@GetMapping("/help-directory/packs/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		PackView view = this.packs.find(user, id);
		model.addAttribute("view", view);
		model.addAttribute("publicAddress", this.publicAddress.ofPack(view.pack().getPublicSlug()));
		return "families/pack";
	}

	@GetMapping("/help-directory/packs/new")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newPack(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("form", PackForm.blank());
		return form(admin, null, model);
	}

	@PostMapping("/help-directory/packs")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String add(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") PackForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		check(admin, form, result);
		if (!result.hasErrors()) {
			try {
				AdvicePack added = this.packs.add(admin, form.details());
				redirect.addFlashAttribute("success", "pack.added");
				return "redirect:/help-directory/packs/" + added.getId();
			}
			catch (HelpRuleException refusal) {
				FamiliesForms.reject(result, refusal);
			}
		}
		return form(admin, null, model);
	}

	@GetMapping("/help-directory/packs/{id}/edit")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String edit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		PackView view = this.packs.find(admin, id);
		model.addAttribute("form", PackForm.of(view));
		return form(admin, view, model);
	}

	@PostMapping("/help-directory/packs/{id}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") PackForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		PackView view = this.packs.find(admin, id);
		check(admin, form, result);
		if (!result.hasErrors() && form.expectedVersion() == null) {
			result.reject("pack.changedByAnother");
		}
		if (!result.hasErrors()) {
			try {
				this.packs.change(admin, id, form.details(), form.expectedVersion());
				redirect.addFlashAttribute("success", "pack.changed");
				return "redirect:/help-directory/packs/" + id;
			}
			catch (HelpRuleException refusal) {
				FamiliesForms.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("pack.changedByAnother");
			}
		}
		return form(admin, view, model);
	}

	@PostMapping("/help-directory/packs/{id}/delete")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String remove(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.packs.remove(admin, id);
		redirect.addFlashAttribute("success", "pack.removed");
		return "redirect:/help-directory/packs";
	}

	/**
	 * The pack as a PDF to print. A download like the other PDFs, so the platform's
	 * per-person download limit applies (its path ends in .pdf).
	 */
	@GetMapping("/help-directory/packs/{id}/pack.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale) {
		PackView view = this.packs.find(user, id);
		Map<String, Object> model = new HashMap<>();
		model.put("pack", this.packs.publicPack(view.pack().getPublicSlug()).orElseThrow());
		model.put("publicAddress", this.publicAddress.ofPack(view.pack().getPublicSlug()));
		model.put("printedAt", this.clock.instant());
		byte[] body = this.pdf.render("families/pack-pdf", model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("advice-pack-" + view.pack().getPublicSlug() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	// What cannot be read is reported first; then every rule of the pack.
	private void check(SignedInUser admin, PackForm form, BindingResult result) {
		List<HelpRuleException.Problem> problems = new ArrayList<>(form.unreadable());
		problems.addAll(this.packs.problemsWith(admin, form.details()));
		FamiliesForms.reject(result, problems);
	}

	private String form(SignedInUser admin, PackView view, Model model) {
		List<SelectOption> choices = new ArrayList<>();
		for (HelpEntry entry : this.packs.choices(admin)) {
			choices.add(new SelectOption(String.valueOf(entry.id()), entry.name()));
		}
		model.addAttribute("view", view);
		model.addAttribute("entryChoices", choices);
		return "families/pack-form";
	}

}
