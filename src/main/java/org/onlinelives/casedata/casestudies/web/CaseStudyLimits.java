package org.onlinelives.casedata.casestudies.web;

import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyLibrary;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The aggregate's text limits, for the case study pages' character counts: templates may
 * not read static fields.
 */
@ControllerAdvice(assignableTypes = { CaseStudyDraftsController.class, CaseStudyRedactionController.class,
		CaseStudyDecisionController.class, CaseStudyLibraryController.class })
class CaseStudyLimits {

	@ModelAttribute
	void limits(Model model) {
		model.addAttribute("maxNarrative", CaseStudy.MAX_NARRATIVE);
		model.addAttribute("maxReason", CaseStudy.MAX_REASON);
		model.addAttribute("maxComment", CaseStudy.MAX_COMMENT);
		model.addAttribute("maxResults", CaseStudyLibrary.MAX_RESULTS);
	}

}
