package org.onlinelives.survey.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyLink;
import org.onlinelives.survey.design.SurveyRuleException;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.responses.SurveyResponses;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partnership administrators choose a year's questions, their order and wording, publish
 * the survey and open links for schools and groups. Analysts see the list to reach the
 * results.
 */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class SurveysController {

	private final SurveyDesign design;

	private final SurveyResponses responses;

	SurveysController(SurveyDesign design, SurveyResponses responses) {
		this.design = design;
		this.responses = responses;
	}

	@GetMapping("/surveys")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("surveys", this.design.surveys(user));
		model.addAttribute("canDesign", user.isAdministrator());
		return "survey/surveys";
	}

	@GetMapping("/surveys/new")
	String newSurvey(Model model) {
		model.addAttribute("form", new SurveyForm("", ""));
		return "survey/survey-form";
	}

	@PostMapping("/surveys")
	String create(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") SurveyForm form,
			BindingResult result, RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			return "survey/survey-form";
		}
		Survey survey = this.design.create(admin, form.yearValue().orElseThrow(), form.title());
		redirect.addFlashAttribute("success", "survey.created");
		return "redirect:/surveys/" + survey.getId();
	}

	@GetMapping("/surveys/{id}")
	String show(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		Survey survey = this.design.survey(admin, id);
		List<Question> questions = this.design.questions(survey);
		List<QuestionRow> rows = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			rows.add(QuestionRow.of(i + 1, questions.get(i)));
		}
		model.addAttribute("survey", survey);
		model.addAttribute("rows", rows);
		model.addAttribute("notIncluded",
				this.design.bank()
					.questions()
					.stream()
					.filter((question) -> !survey.includes(question.code()))
					.map((question) -> new SelectOption(question.code(), question.text()))
					.toList());
		if (survey.isPublished()) {
			List<SurveyLink> links = this.design.links(admin, survey);
			model.addAttribute("links",
					links.stream().map((link) -> new LinkRow(link, this.responses.countFor(link))).toList());
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", LinkForm.empty());
			}
		}
		return "survey/survey";
	}

	/** A link with how many responses it has taken. */
	record LinkRow(SurveyLink link, int responses) {
	}

	@PostMapping("/surveys/{id}/questions")
	String add(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestParam(required = false) String code, RedirectAttributes redirect) {
		if (code == null || this.design.bank().question(code).isEmpty()) {
			redirect.addFlashAttribute("problem", "survey.question.choose");
			return "redirect:/surveys/" + id;
		}
		return change(admin, id, (survey) -> survey.include(code), "survey.question.added", redirect);
	}

	@PostMapping("/surveys/{id}/questions/{code}/move")
	String move(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable String code,
			@RequestParam(required = false) String direction, RedirectAttributes redirect) {
		int step = "up".equals(direction) ? -1 : 1;
		return change(admin, id, (survey) -> survey.move(code, step), "survey.question.moved", redirect);
	}

	@PostMapping("/surveys/{id}/questions/{code}/remove")
	String remove(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable String code,
			RedirectAttributes redirect) {
		return change(admin, id, (survey) -> survey.remove(code), "survey.question.removed", redirect);
	}

	@GetMapping("/surveys/{id}/questions/{code}")
	String wording(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable String code,
			Model model) {
		Survey survey = this.design.survey(admin, id);
		Question question = this.design.question(survey, code);
		model.addAttribute("form", new WordingForm(question.text(), question.easyRead()));
		return wordingPage(survey, question, model);
	}

	@PostMapping("/surveys/{id}/questions/{code}")
	String reword(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable String code,
			@ModelAttribute("form") WordingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Survey survey = this.design.survey(admin, id);
		Question question = this.design.question(survey, code);
		try {
			this.design.change(admin, id, (s) -> s.reword(code, form.text(), form.easyRead()));
		}
		catch (SurveyRuleException refused) {
			result.rejectValue("text", refused.messageKey(), new Object[] { 500 }, null);
			return wordingPage(survey, question, model);
		}
		redirect.addFlashAttribute("success", "survey.question.reworded");
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/surveys/{id}/publish")
	String publish(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.design.publish(admin, id);
			redirect.addFlashAttribute("success", "survey.published");
		}
		catch (SurveyRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/surveys/{id}/links")
	String openLink(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") LinkForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.design.openLink(admin, id, form.label(), form.maxValue().orElseThrow());
				redirect.addFlashAttribute("success", "survey.link.opened");
				return "redirect:/surveys/" + id;
			}
			catch (SurveyRuleException refused) {
				result.rejectValue("label", refused.messageKey());
			}
		}
		return show(admin, id, model);
	}

	private String wordingPage(Survey survey, Question question, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("question", question);
		model.addAttribute("row", QuestionRow.of(0, question));
		return "survey/wording";
	}

	private String change(SignedInUser admin, long id, java.util.function.Consumer<Survey> change, String done,
			RedirectAttributes redirect) {
		try {
			this.design.change(admin, id, change);
			redirect.addFlashAttribute("success", done);
		}
		catch (SurveyRuleException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/surveys/" + id;
	}

}
