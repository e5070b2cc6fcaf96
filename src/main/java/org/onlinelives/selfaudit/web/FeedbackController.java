package org.onlinelives.selfaudit.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.AuditFeedback;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.FeedbackQuestion;
import org.onlinelives.selfaudit.framework.FeedbackQuestions;
import org.springframework.security.access.AccessDeniedException;
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
 * After submission, the six questions of the Dudley evaluation (seed 001) as optional
 * feedback; administrators read the answers.
 */
@Controller
class FeedbackController {

	private static final FeedbackQuestions QUESTIONS = FeedbackQuestions.loadDefault();

	private final SelfAudits selfAudits;

	private final AuditFeedback feedback;

	private final AuditViews views;

	private final Clock clock;

	FeedbackController(SelfAudits selfAudits, AuditFeedback feedback, AuditViews views, Clock clock) {
		this.selfAudits = selfAudits;
		this.feedback = feedback;
		this.views = views;
		this.clock = clock;
	}

	record FeedbackForm(List<String> answers) {

		FeedbackForm {
			answers = (answers != null) ? new ArrayList<>(answers) : new ArrayList<>();
			while (answers.size() < FeedbackQuestions.QUESTION_COUNT) {
				answers.add("");
			}
		}

	}

	@GetMapping("/audits/{id}/feedback")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String form(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, Model model) {
		Audit audit = leads(lead, id);
		model.addAttribute("form", new FeedbackForm(List.of()));
		return page(audit, model);
	}

	@PostMapping("/audits/{id}/feedback")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String send(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id,
			@ModelAttribute("form") FeedbackForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = leads(lead, id);
		for (int i = 0; i < FeedbackQuestions.QUESTION_COUNT; i++) {
			String answer = form.answers().get(i);
			if (answer != null && answer.strip().length() > AuditFeedback.MAX_ANSWER) {
				result.rejectValue("answers[" + i + "]", "selfaudit.feedback.tooLong", new Object[] { i + 1 }, null);
			}
		}
		if (result.hasErrors()) {
			return page(audit, model);
		}
		Map<String, String> answers = new LinkedHashMap<>();
		List<FeedbackQuestion> questions = QUESTIONS.questions();
		for (int i = 0; i < questions.size(); i++) {
			answers.put(questions.get(i).id(), form.answers().get(i));
		}
		boolean recorded = this.feedback.record(audit, answers, this.clock.instant());
		redirect.addFlashAttribute("success", recorded ? "selfaudit.feedback.thanks" : "selfaudit.feedback.nothing");
		return "redirect:/audits/" + id;
	}

	@GetMapping("/audit-feedback")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String answers(@AuthenticationPrincipal SignedInUser admin, Model model) {
		Map<String, List<AuditFeedback.Answer>> byQuestion = new LinkedHashMap<>();
		QUESTIONS.questions().forEach((question) -> byQuestion.put(question.id(), new ArrayList<>()));
		this.feedback.inPartnership(admin.partnershipId())
			.forEach((answer) -> byQuestion.computeIfAbsent(answer.questionId(), (key) -> new ArrayList<>())
				.add(answer));
		model.addAttribute("questions", QUESTIONS.questions());
		model.addAttribute("byQuestion", byQuestion);
		model.addAttribute("source", QUESTIONS.source());
		return "selfaudit/feedback-answers";
	}

	private String page(Audit audit, Model model) {
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("questions", QUESTIONS.questions());
		model.addAttribute("source", QUESTIONS.source());
		model.addAttribute("alreadyGiven", this.feedback.given(audit));
		return "selfaudit/feedback";
	}

	private Audit leads(SignedInUser lead, long id) {
		Audit audit = this.selfAudits.viewable(lead, id);
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new AccessDeniedException("Feedback comes from the agency's lead");
		}
		if (!audit.getStatus().isSubmitted()) {
			throw new org.onlinelives.platform.web.RecordNotFoundException("audit-feedback", id);
		}
		return audit;
	}

}
