package org.onlinelives.survey.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.onlinelives.families.HelpDirectory;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.SignpostingNeed;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyDesign.Reached;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The young person's survey: no sign-in, one question per page, every question can be
 * skipped, answers held in the session until sent. Open to everyone; CSRF-protected. This
 * controller finds the survey by its code, starts it and shows the help page (national
 * help, and the partnership's own services for young people when the page is reached
 * through a survey link); the questions and sending are
 * {@link SurveyAnswersController}'s.
 */
@Controller
class TakeSurveyController {

	/** Help with any C, for the young person themselves; their age is not kept. */
	private static final SignpostingNeed YOUNG_PERSON = new SignpostingNeed(EnumSet.allOf(HelpTopic.class), null, true);

	private final SurveyDesign design;

	private final HelpDirectory directory;

	TakeSurveyController(SurveyDesign design, HelpDirectory directory) {
		this.design = design;
		this.directory = directory;
	}

	@GetMapping("/youth-survey")
	String enterCode(Model model) {
		model.addAttribute("form", new CodeForm(""));
		return "survey/take-code";
	}

	@PostMapping("/youth-survey")
	String findCode(@ModelAttribute("form") CodeForm form, BindingResult result) {
		Optional<Reached> reached = this.design.reach(form.code());
		if (reached.isEmpty()) {
			result.rejectValue("code", (form.code() == null || form.code().isBlank()) ? "survey.take.code.required"
					: "survey.take.code.unknown");
			return "survey/take-code";
		}
		return "redirect:/youth-survey/" + reached.get().link().getCode();
	}

	@GetMapping("/youth-survey/{code}")
	String start(@PathVariable String code, Model model) {
		Reached reached = reach(code);
		model.addAttribute("survey", reached.survey());
		model.addAttribute("code", reached.link().getCode());
		return "survey/take-start";
	}

	@PostMapping("/youth-survey/{code}/start")
	String begin(@PathVariable String code, @RequestParam(required = false) String easyRead, HttpSession session) {
		Reached reached = reach(code);
		session.setAttribute(SurveyInProgress.ATTRIBUTE,
				new SurveyInProgress(reached.link().getCode(), "true".equals(easyRead)));
		return "redirect:/youth-survey/" + reached.link().getCode() + "/questions/1";
	}

	@GetMapping("/youth-survey/help")
	String help(@RequestParam(required = false) String sent, Model model) {
		model.addAttribute("sent", sent != null);
		model.addAttribute("localHelp", List.of());
		return "survey/take-help";
	}

	@GetMapping("/youth-survey/{code}/help")
	String localHelp(@PathVariable String code, @RequestParam(required = false) String sent, Model model) {
		Reached reached = reach(code);
		model.addAttribute("sent", sent != null);
		model.addAttribute("localHelp", localHelp(reached.link().getPartnershipId()));
		return "survey/take-help";
	}

	/**
	 * The partnership's local services in its help directory that young people can use.
	 */
	private List<HelpEntry> localHelp(long partnershipId) {
		return this.directory.forSignposting(partnershipId, YOUNG_PERSON)
			.entries()
			.stream()
			.filter((entry) -> entry.reach() == Reach.LOCAL)
			.toList();
	}

	private Reached reach(String code) {
		return SurveyVisit.reach(this.design, code);
	}

}
