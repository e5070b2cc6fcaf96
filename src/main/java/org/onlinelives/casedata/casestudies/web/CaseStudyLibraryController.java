package org.onlinelives.casedata.casestudies.web;

import java.util.List;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyLibrary;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The partnership's library of approved case studies, for everyone signed in to the
 * partnership, filtered by C, scenario, age band and words.
 */
@Controller
class CaseStudyLibraryController {

	static final List<String> CS = List.of("CONTENT", "CONTACT", "CONDUCT", "COMMERCE", "COMMUNITIES");

	private final CaseStudyLibrary library;

	private final CaseDataQuery titles;

	private final MessageSource messages;

	CaseStudyLibraryController(CaseStudyLibrary library, CaseDataQuery titles, MessageSource messages) {
		this.library = library;
		this.titles = titles;
		this.messages = messages;
	}

	@GetMapping("/case-studies")
	String library(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") LibraryForm form,
			BindingResult result, Model model) {
		List<String> scenarios = this.library.scenariosInUse(user);
		String c = chosen(form.c(), CS, "c", "casestudy.library.c.invalid", result);
		String scenario = chosen(form.scenario(), scenarios, "scenario", "casestudy.library.scenario.invalid", result);
		String ageBand = chosen(form.ageBand(), CaseSnapshot.AGE_BANDS, "ageBand", "casestudy.library.ageBand.invalid",
				result);
		String text = form.q();
		if (text != null && text.strip().length() > CaseStudyLibrary.MAX_SEARCH_TEXT) {
			result.rejectValue("q", "casestudy.library.q.tooLong", new Object[] { CaseStudyLibrary.MAX_SEARCH_TEXT },
					null);
			text = null;
		}
		List<CaseStudyLibrary.Entry> entries = result.hasErrors() ? List.of()
				: this.library.search(user, new CaseStudyLibrary.Search(c, scenario, ageBand, text));
		model.addAttribute("entries",
				entries.stream()
					.map((entry) -> new Row(entry,
							String.join("; ", entry.scenarios().stream().map(this.titles::title).toList())))
					.toList());
		model.addAttribute("full", entries.size() == CaseStudyLibrary.MAX_RESULTS);
		model.addAttribute("cOptions",
				CS.stream().map((code) -> new SelectOption(code, message("casedata.c." + code))).toList());
		model.addAttribute("scenarioOptions",
				scenarios.stream().map((code) -> new SelectOption(code, this.titles.title(code))).toList());
		model.addAttribute("ageBandOptions",
				CaseSnapshot.AGE_BANDS.stream()
					.map((band) -> new SelectOption(band, message("casedata.ageBand", band)))
					.toList());
		model.addAttribute("mayPropose", CaseStudyWorkflow.mayPropose(user));
		model.addAttribute("mayWorkWithDrafts", CaseStudyWorkflow.mayWorkWithDrafts(user));
		return "casedata/casestudies/library";
	}

	@GetMapping("/case-studies/{id}")
	String study(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		CaseStudy study = this.library.read(user, id);
		model.addAttribute("study", study);
		model.addAttribute("scenarioTitles", study.getScenarios().stream().map(this.titles::title).toList());
		model.addAttribute("factorTitles", study.getFactors().stream().map(this.titles::title).toList());
		return "casedata/casestudies/study";
	}

	/** A study in the list, with its scenarios in words. */
	record Row(CaseStudyLibrary.Entry entry, String scenarios) {
	}

	/** A listed value, null for any; anything else is an error on the field. */
	private static String chosen(String typed, List<String> allowed, String field, String key, BindingResult result) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		if (!allowed.contains(typed)) {
			result.rejectValue(field, key);
			return null;
		}
		return typed;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
