package org.onlinelives.survey.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyDesign.Reached;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionType;
import org.onlinelives.survey.responses.SubmissionRefusedException;
import org.onlinelives.survey.responses.SurveyResponses;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The young person's answers: one question per page, every question can be skipped,
 * answers held in the session until sent, then forgotten. Open to everyone;
 * CSRF-protected. Entering the code and starting are {@link TakeSurveyController}'s.
 */
@Controller
class SurveyAnswersController {

	private final SurveyDesign design;

	private final SurveyResponses responses;

	SurveyAnswersController(SurveyDesign design, SurveyResponses responses) {
		this.design = design;
		this.responses = responses;
	}

	@GetMapping("/youth-survey/{code}/questions/{number}")
	String question(@PathVariable String code, @PathVariable int number, HttpSession session, Model model) {
		Reached reached = reach(code);
		SurveyInProgress progress = SurveyVisit.progress(session, reached);
		if (progress == null) {
			return "redirect:/youth-survey/" + reached.link().getCode();
		}
		Question question = SurveyVisit.questionAt(reached, number);
		model.addAttribute("form", AnswerForm.of(progress.answer(question.code()),
				question.type() == QuestionType.MULTIPLE, question.type() == QuestionType.TEXT));
		return questionPage(reached, progress, number, question, model);
	}

	@PostMapping("/youth-survey/{code}/questions/{number}")
	String answer(@PathVariable String code, @PathVariable int number, @ModelAttribute("form") AnswerForm form,
			BindingResult result, @RequestParam(required = false) String skip, HttpSession session, Model model) {
		Reached reached = reach(code);
		SurveyInProgress progress = SurveyVisit.progress(session, reached);
		if (progress == null) {
			return "redirect:/youth-survey/" + reached.link().getCode();
		}
		Question question = SurveyVisit.questionAt(reached, number);
		if (skip != null) {
			progress.answer(question.code(), List.of());
		}
		else if (question.type() == QuestionType.TEXT) {
			String text = (form.text() == null) ? "" : form.text().strip();
			if (text.length() > SurveyResponses.MAX_TEXT) {
				result.rejectValue("text", "survey.take.text.tooLong", new Object[] { SurveyResponses.MAX_TEXT }, null);
				return questionPage(reached, progress, number, question, model);
			}
			progress.answer(question.code(), text.isEmpty() ? List.of() : List.of(text));
		}
		else if (question.type() == QuestionType.MULTIPLE) {
			progress.answer(question.code(), offered(question, form.answers()));
		}
		else {
			progress.answer(question.code(),
					offered(question, (form.answer() == null) ? List.of() : List.of(form.answer())));
		}
		// the session holds the answers, so store it again for session stores that copy
		session.setAttribute(SurveyInProgress.ATTRIBUTE, progress);
		int total = reached.survey().questions().size();
		if (number >= total) {
			return "redirect:/youth-survey/" + reached.link().getCode() + "/send";
		}
		return "redirect:/youth-survey/" + reached.link().getCode() + "/questions/" + (number + 1);
	}

	@GetMapping("/youth-survey/{code}/send")
	String check(@PathVariable String code, HttpSession session, Model model) {
		Reached reached = reach(code);
		SurveyInProgress progress = SurveyVisit.progress(session, reached);
		if (progress == null) {
			return "redirect:/youth-survey/" + reached.link().getCode();
		}
		model.addAttribute("code", reached.link().getCode());
		model.addAttribute("answered", progress.answers().size());
		model.addAttribute("total", reached.survey().questions().size());
		model.addAttribute("easyRead", progress.easyRead());
		return "survey/take-send";
	}

	@PostMapping("/youth-survey/{code}/send")
	String send(@PathVariable String code, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Reached reached = reach(code);
		SurveyInProgress progress = SurveyVisit.progress(session, reached);
		if (progress == null) {
			return "redirect:/youth-survey/" + reached.link().getCode();
		}
		try {
			this.responses.submit(reached.survey(), reached.link(), progress.answers(), request.getRemoteAddr());
		}
		catch (SubmissionRefusedException refused) {
			response.setStatus("survey.take.tooMany".equals(refused.messageKey()) ? 429 : 200);
			model.addAttribute("reason", refused.messageKey());
			model.addAttribute("code", reached.link().getCode());
			return "survey/take-refused";
		}
		// forget everything about this visit
		session.invalidate();
		return "redirect:/youth-survey/" + reached.link().getCode() + "/help?sent";
	}

	private String questionPage(Reached reached, SurveyInProgress progress, int number, Question question,
			Model model) {
		boolean easy = progress.easyRead();
		int total = reached.survey().questions().size();
		model.addAttribute("code", reached.link().getCode());
		model.addAttribute("number", number);
		model.addAttribute("total", total);
		model.addAttribute("question", question);
		model.addAttribute("questionText", question.text(easy));
		model.addAttribute("hint", question.hint(easy));
		model.addAttribute("multiple", question.type() == QuestionType.MULTIPLE);
		model.addAttribute("freeText", question.type() == QuestionType.TEXT);
		model.addAttribute("maxText", SurveyResponses.MAX_TEXT);
		model.addAttribute("options",
				question.options()
					.stream()
					.map((option) -> new SelectOption(option.code(), option.text(easy)))
					.toList());
		model.addAttribute("back",
				(number > 1) ? "/youth-survey/" + reached.link().getCode() + "/questions/" + (number - 1)
						: "/youth-survey/" + reached.link().getCode());
		return "survey/take-question";
	}

	private static List<String> offered(Question question, List<String> chosen) {
		if (chosen == null) {
			return List.of();
		}
		return chosen.stream().filter((code) -> question.option(code).isPresent()).distinct().toList();
	}

	private Reached reach(String code) {
		return SurveyVisit.reach(this.design, code);
	}

}
