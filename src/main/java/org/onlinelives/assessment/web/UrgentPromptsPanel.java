package org.onlinelives.assessment.web;

import java.util.List;

import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.OpenPrompt;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.ProcedurePrompt;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomeFragment;
import org.springframework.stereotype.Component;

/**
 * The assessment module's part of the home page: unanswered urgent prompts, drawn by its
 * own template above everything else, so the platform's home page needs no knowledge of
 * this module.
 */
@Component
class UrgentPromptsPanel implements HomeContributor {

	static final int LIMIT = 20;

	private final AssessmentService assessments;

	private final Catalogue catalogue;

	UrgentPromptsPanel(AssessmentService assessments, Catalogue catalogue) {
		this.assessments = assessments;
		this.catalogue = catalogue;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<HomeFragment> fragmentsFor(SignedInUser user) {
		List<Item> items = this.assessments.openUrgentPrompts(user, LIMIT)
			.stream()
			.map((prompt) -> new Item(prompt, this.catalogue.procedurePrompt(prompt.code()).orElseThrow()))
			.toList();
		return items.isEmpty() ? List.of() : List.of(new HomeFragment("assessment/home-urgent-prompts", items));
	}

	/**
	 * One unanswered urgent prompt.
	 *
	 * @param open where it was raised
	 * @param prompt what it asks
	 */
	public record Item(OpenPrompt open, ProcedurePrompt prompt) {

	}

}
