package org.onlinelives.assessment.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.AssessmentVersion;
import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.families.Signposting;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the models of an assessment version's pages: the summary and check-answers
 * pages, a procedure prompt's page and the printable report. Each shows the outcome (the
 * recorded one, or a preview while in progress), the 10 Cs chart against the last
 * completed version, and the help directory's entries that fit the case.
 */
@Component
class AssessmentPages {

	private final AssessmentService assessments;

	private final YoungPeopleService youngPeople;

	private final Catalogue catalogue;

	private final Clock clock;

	private final PromptContacts promptContacts;

	AssessmentPages(AssessmentService assessments, YoungPeopleService youngPeople, Catalogue catalogue, Clock clock,
			PromptContacts promptContacts) {
		this.assessments = assessments;
		this.youngPeople = youngPeople;
		this.catalogue = catalogue;
		this.clock = clock;
		this.promptContacts = promptContacts;
	}

	/** The summary and check-answers pages' model. */
	void summary(SignedInUser user, long id, Assessment assessment, Model model) {
		YoungPerson person = this.youngPeople.find(user, id);
		model.addAttribute("person", person);
		model.addAttribute("age", person.ageToday(this.clock));
		model.addAttribute("assessment", assessment);
		OutcomeView outcome = outcome(user, assessment);
		model.addAttribute("outcome", outcome);
		List<AssessmentVersion> versions = this.assessments.versions(user, person);
		model.addAttribute("chart", TenCsChart.of(this.catalogue, assessment,
				this.assessments.previousCompleted(person, versions, assessment)));
		model.addAttribute("history", versions);
		model.addAttribute("base", Steps.base(id, assessment.getId()));
		model.addAttribute("concernAnswers", StepForms.ConcernsForm.of(assessment, null));
		model.addAttribute("pictureAnswers", StepForms.pictures(assessment.concerns()));
		model.addAttribute("localContacts", this.promptContacts.forPartnership(user.partnershipId()));
		model.addAttribute("signposting",
				signposting(user, assessment, person, outcome.prompts().stream().map(RecordedPrompt::code).toList()));
	}

	/** A procedure prompt's page; returns its view. */
	String prompt(SignedInUser user, Assessment assessment, RecordedPrompt prompt, Model model) {
		YoungPerson person = this.youngPeople.find(user, assessment.getYoungPersonId());
		model.addAttribute("assessment", assessment);
		model.addAttribute("localContacts", this.promptContacts.forPartnership(user.partnershipId()));
		model.addAttribute("signposting", signposting(user, assessment, person, List.of(prompt.code())));
		model.addAttribute("prompt", prompt);
		model.addAttribute("catalogPrompt", this.catalogue.procedurePrompt(prompt.code()).orElseThrow());
		model.addAttribute("answers", List.of(PromptAnswer.values()));
		model.addAttribute("base", Steps.base(assessment.getYoungPersonId(), assessment.getId()));
		return "assessment/prompt";
	}

	/** The printable report's model, for the young person given. */
	Map<String, Object> report(SignedInUser user, YoungPerson person, Assessment assessment) {
		Map<String, Object> model = new HashMap<>();
		model.put("person", person);
		model.put("age", person.ageToday(this.clock));
		model.put("assessment", assessment);
		model.put("catalogue", this.catalogue);
		model.put("outcome", outcome(user, assessment));
		model.put("localContacts", this.promptContacts.forPartnership(user.partnershipId()));
		model.put("concernAnswers", StepForms.ConcernsForm.of(assessment, null));
		model.put("pictureAnswers", StepForms.pictures(assessment.concerns()));
		TenCsChart chart = TenCsChart.of(this.catalogue, assessment,
				this.assessments.previousCompleted(person, this.assessments.versions(user, person), assessment));
		model.put("chart", chart);
		model.put("chartImage", TenCsChartImage.dataUri(chart));
		model.put("printedAt", this.clock.instant());
		return model;
	}

	static RecordedPrompt promptOrNotFound(Assessment assessment, String code) {
		return assessment.prompts()
			.stream()
			.filter((prompt) -> prompt.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("prompt", code));
	}

	// The help directory's entries that fit the case's Cs and the young person's age
	private Map<String, Signposting> signposting(SignedInUser user, Assessment assessment, YoungPerson person,
			List<String> promptCodes) {
		return this.promptContacts.signposting(user.partnershipId(),
				assessment.facts(this.catalogue, person.ageToday(this.clock)), promptCodes);
	}

	private OutcomeView outcome(SignedInUser user, Assessment assessment) {
		return assessment.isComplete() ? OutcomeView.recorded(assessment)
				: OutcomeView.preview(this.assessments.preview(user, assessment));
	}

}
