package org.onlinelives.casedata.casestudies.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow.Draft;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the draft page's model: the material in words, the text with its findings marked,
 * and the forms the person may use. Shared by the controllers that show the page again
 * after an error.
 */
@Component
class DraftPage {

	static final String VIEW = "casedata/casestudies/draft";

	private final CaseDataQuery titles;

	DraftPage(CaseDataQuery titles) {
		this.titles = titles;
	}

	String show(SignedInUser user, Draft draft, Model model) {
		CaseStudy study = draft.study();
		List<List<Highlighted.Numbered>> numbered = Highlighted.number(study,
				List.of(draft.titleFindings(), draft.narrativeFindings()));
		List<Highlighted.Numbered> all = new ArrayList<>(numbered.get(0));
		all.addAll(numbered.get(1));
		model.addAttribute("study", study);
		model.addAttribute("titleText", Highlighted.of(study.getTitle(), numbered.get(0)));
		model.addAttribute("narrativeText", Highlighted.of(study.getNarrative(), numbered.get(1)));
		model.addAttribute("findings", all);
		model.addAttribute("unresolved", all.stream().filter((n) -> !n.resolved()).count());
		model.addAttribute("scenarioTitles", study.getScenarios().stream().map(this.titles::title).toList());
		model.addAttribute("factorTitles", study.getFactors().stream().map(this.titles::title).toList());
		boolean author = study.isAuthor(user.id()) && study.getStatus().isEditable();
		model.addAttribute("mayEdit", author);
		model.addAttribute("mayDecide", CaseStudyWorkflow.awaitsDecisionOf(user, study));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TextForm.of(study));
		}
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", DecisionForm.empty(study.getVersion()));
		}
		model.addAttribute("decisions", List.of(DecisionForm.APPROVE, DecisionForm.RETURN));
		return VIEW;
	}

}
