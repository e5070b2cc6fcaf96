package org.onlinelives.assessment.web;

import java.util.Locale;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentCompleteException;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.PdfRenderer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An assessment version's summary, the check-answers page, completion, and the printable
 * report. The answers to procedure prompts are {@link AssessmentPromptsController}'s.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class AssessmentSummaryController {

	private final AssessmentService assessments;

	private final YoungPeopleService youngPeople;

	private final Catalogue catalogue;

	private final PdfRenderer pdf;

	private final AssessmentPages pages;

	AssessmentSummaryController(AssessmentService assessments, YoungPeopleService youngPeople, Catalogue catalogue,
			PdfRenderer pdf, AssessmentPages pages) {
		this.assessments = assessments;
		this.youngPeople = youngPeople;
		this.catalogue = catalogue;
		this.pdf = pdf;
		this.pages = pages;
	}

	@ModelAttribute("catalogue")
	Catalogue catalogue() {
		return this.catalogue;
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "summary");
		this.pages.summary(user, id, assessment, model);
		return "assessment/summary";
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/check")
	String check(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "check answers");
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		this.pages.summary(user, id, assessment, model);
		return "assessment/check";
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/complete")
	String complete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		try {
			this.assessments.complete(user, id, assessmentId, StepForms.version(version));
		}
		catch (OptimisticLockingFailureException ex) {
			Assessment current = this.assessments.find(user, id, assessmentId);
			if (current.isComplete()) {
				redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
				return "redirect:" + Steps.base(id, assessmentId);
			}
			model.addAttribute("stale", true);
			this.pages.summary(user, id, current, model);
			return "assessment/check";
		}
		catch (AssessmentCompleteException ex) {
			redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
			return "redirect:" + Steps.base(id, assessmentId);
		}
		redirect.addFlashAttribute("success", "assessment.completed");
		return "redirect:" + Steps.base(id, assessmentId);
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/report.pdf")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, Locale locale) {
		Assessment assessment = this.assessments.find(user, id, assessmentId);
		YoungPerson person = this.youngPeople.find(user, id);
		byte[] body = this.pdf.renderTagged("assessment/report", this.pages.report(user, person, assessment), locale);
		this.assessments.recordExport(user, id, assessmentId, "printable report (PDF)");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("assessment-" + person.getCaseReference().replaceAll("[^A-Za-z0-9-]", "_") + "-v"
								+ assessment.getSequenceNumber() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
