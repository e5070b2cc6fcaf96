package org.onlinelives.assessment.web;

import java.util.List;

import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.OpenPrompt;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.ProcedurePrompt;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The home page's panel of unanswered urgent prompts, put in the home page's model by
 * {@link AssessmentWebConfiguration.HomePanel}, so the platform's home controller needs
 * no knowledge of this module.
 */
@Component
public class UrgentPromptsPanel {

	static final int LIMIT = 20;

	private final AssessmentService assessments;

	private final Catalogue catalogue;

	UrgentPromptsPanel(AssessmentService assessments, Catalogue catalogue) {
		this.assessments = assessments;
		this.catalogue = catalogue;
	}

	public List<Item> forUser(SignedInUser user) {
		if (user == null) {
			return List.of();
		}
		return this.assessments.openUrgentPrompts(user, LIMIT)
			.stream()
			.map((prompt) -> new Item(prompt, this.catalogue.procedurePrompt(prompt.code()).orElseThrow()))
			.toList();
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
