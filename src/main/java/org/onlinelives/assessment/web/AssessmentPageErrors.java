package org.onlinelives.assessment.web;

import org.onlinelives.assessment.UploadRefusedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The explanation page for a refused file upload on the assessment's pages. Any note
 * typed alongside the file is shown back, so nothing typed is lost; the file itself is
 * never read or kept.
 */
@ControllerAdvice(assignableTypes = { YoungPeopleController.class, AssessmentStepsController.class,
		AssessmentSummaryController.class, AssessmentNotesController.class, ApiTokensController.class })
class AssessmentPageErrors {

	private static final Pattern ASSESSMENT = Pattern.compile("^(/young-people/\\d+/assessments/\\d+)(/.*)?$");

	private static final Pattern YOUNG_PERSON = Pattern.compile("^(/young-people/\\d+)(/.*)?$");

	@ExceptionHandler(UploadRefusedException.class)
	String uploadRefused(UploadRefusedException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher assessment = ASSESSMENT.matcher(path);
		Matcher person = YOUNG_PERSON.matcher(path);
		if (assessment.matches()) {
			model.addAttribute("notesUrl", assessment.group(1) + "/notes");
			model.addAttribute("backUrl", assessment.group(1) + "/notes");
		}
		else if (person.matches()) {
			model.addAttribute("backUrl", person.group(1));
		}
		else {
			model.addAttribute("backUrl", "/young-people");
		}
		String typed = typedText(request);
		if (typed != null && !typed.isBlank()) {
			model.addAttribute("typedText", typed);
		}
		return "assessment/upload-refused";
	}

	private static String typedText(HttpServletRequest request) {
		try {
			return request.getParameter("text");
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
