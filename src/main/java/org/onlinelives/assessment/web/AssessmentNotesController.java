package org.onlinelives.assessment.web;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentNote;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.platform.security.SignedInUser;
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
 * Case notes on an assessment, text only. The page also has a file field so that a
 * practitioner who tries to attach a picture is told plainly why it is refused, rather
 * than the file being silently dropped.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class AssessmentNotesController {

	private final AssessmentService assessments;

	AssessmentNotesController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/notes")
	String notes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "notes");
		model.addAttribute("form", new NoteForm(""));
		return page(assessment, model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/notes")
	String addNote(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@ModelAttribute("form") NoteForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.assessments.addNote(user, id, assessmentId, form.text());
		}
		catch (InvalidAnswerException ex) {
			AnswerRefusals.reject(result, ex, (path) -> "note".equals(path) ? "text" : path)
				.forEach((refusal) -> result.rejectValue("text", "note.text.invalid",
						new Object[] { refusal.explanation() }, refusal.explanation()));
			return page(this.assessments.find(user, id, assessmentId), model);
		}
		redirect.addFlashAttribute("success", "note.added");
		return "redirect:" + Steps.base(id, assessmentId) + "/notes";
	}

	/**
	 * Never accepts a file. A multipart upload is stopped before it gets here
	 * ({@link UploadRefusal}); anything else posted here gets the same explanation.
	 */
	@PostMapping("/young-people/{id}/assessments/{assessmentId}/attachments")
	String attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			Model model) {
		Assessment assessment = this.assessments.find(user, id, assessmentId);
		model.addAttribute("form", new NoteForm(""));
		model.addAttribute("uploadRefused", true);
		return page(assessment, model);
	}

	private String page(Assessment assessment, Model model) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("base", Steps.base(assessment.getYoungPersonId(), assessment.getId()));
		model.addAttribute("maxLength", AssessmentNote.MAX_LENGTH);
		return "assessment/notes";
	}

}
