package org.onlinelives.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.RiskCategory;

/**
 * The procedure prompt rules. Each rule names its source; the prompt's own text, general
 * reason and urgency come from the catalogue.
 */
final class PromptRules {

	private final Catalogue catalogue;

	private final Titles titles;

	PromptRules(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.titles = new Titles(catalogue);
	}

	List<RaisedPrompt> evaluate(AssessmentFacts facts) {
		ConcernFlags concerns = facts.concerns();
		RaisedPrompts prompts = new RaisedPrompts(this.catalogue);
		// seed 002 §6.6: immediate risk of significant harm → police without delay
		if (concerns.immediateRiskOfSignificantHarm()) {
			prompts.raise(Codes.POLICE_WITHOUT_DELAY, "Immediate risk of significant harm is recorded.");
		}
		concernPrompts(facts, prompts);
		// seed 004 §11: a child identified as abused in the making of images →
		// Section 47 enquiry
		if (concerns.childIdentifiedAsAbusedInMakingImages()) {
			prompts.raise(Codes.SECTION_47_ENQUIRY,
					"The young person is identified as abused in the making of images.");
		}
		// seed 004 §15: concern about an adult with no identifiable child → police
		if (concerns.adultOfConcernNoIdentifiedChild()) {
			prompts.raise(Codes.POLICE_ADULT_NO_IDENTIFIED_CHILD,
					"There is concern about an adult and no child has been identified.");
		}
		// seed 004 §16–17: someone who works with children → allegations procedure;
		// do not alert them
		if (concerns.concernAboutSomeoneWhoWorksWithChildren()) {
			String reason = "The concern is about someone who works with children.";
			prompts.raise(Codes.ALLEGATIONS_PROCEDURE, reason);
			prompts.raise(Codes.DO_NOT_ALERT_THE_PERSON, reason);
		}
		bullyingPrompts(concerns, prompts);
		// seed 004 §46: a possible crime → police at the earliest opportunity
		if (concerns.possibleCrime()) {
			prompts.raise(Codes.POLICE_POSSIBLE_CRIME, "What happened may be a crime.");
		}
		imagePrompts(facts, prompts);
		policeAndCeopPrompts(facts, prompts);
		signposting(facts, prompts);
		return prompts.inOrder();
	}

	// seed 004 §10: any concern → discuss with line manager or safeguarding lead,
	// even without evidence. seed 004 §11: where it involves a particular child →
	// referral to children's social care. A concern only about an adult (no
	// identified child, or someone who works with children) goes to the police or the
	// LADO, who make that referral, so it raises the discussion only.
	private void concernPrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		List<String> aboutTheChild = concernsAboutTheChild(facts);
		List<String> aboutAnAdult = new ArrayList<>();
		if (facts.concerns().adultOfConcernNoIdentifiedChild()) {
			aboutAnAdult.add("concern about an adult with no identified child");
		}
		if (facts.concerns().concernAboutSomeoneWhoWorksWithChildren()) {
			aboutAnAdult.add("concern about someone who works with children");
		}
		List<String> all = new ArrayList<>(aboutTheChild);
		all.addAll(aboutAnAdult);
		if (!all.isEmpty()) {
			prompts.raise(Codes.DISCUSS_WITH_SAFEGUARDING_LEAD, "Recorded: " + Titles.join(all) + ".");
		}
		if (!aboutTheChild.isEmpty()) {
			prompts.raise(Codes.REFERRAL_TO_CHILDRENS_SOCIAL_CARE,
					"The concern involves this young person: " + Titles.join(aboutTheChild) + ".");
		}
	}

	private List<String> concernsAboutTheChild(AssessmentFacts facts) {
		ConcernFlags concerns = facts.concerns();
		List<String> found = new ArrayList<>();
		if (concerns.anyConcern()) {
			found.add("a safeguarding concern");
		}
		if (concerns.immediateRiskOfSignificantHarm()) {
			found.add("immediate risk of significant harm");
		}
		if (concerns.childIdentifiedAsAbusedInMakingImages()) {
			found.add("abuse in the making of images");
		}
		if (!concerns.bullying().isEmpty()) {
			found.add("bullying");
		}
		if (concerns.possibleCrime()) {
			found.add("a possible crime");
		}
		if (intimateImageShared(facts)) {
			found.add("an intimate picture shared");
		}
		if (sextortion(facts)) {
			found.add("threats, coercion or blackmail over pictures");
		}
		if (concerns.grooming().any()) {
			found.add("grooming markers");
		}
		return found;
	}

	// seed 004 §45: separate referrals for the child harmed and the child who harmed
	private void bullyingPrompts(ConcernFlags concerns, RaisedPrompts prompts) {
		Set<BullyingRole> roles = concerns.bullying();
		if (roles.isEmpty()) {
			return;
		}
		String part = roles.size() == 2 ? "both harmed and harmed another child"
				: roles.contains(BullyingRole.CHILD_HARMED) ? "was harmed" : "harmed another child";
		prompts.raise(Codes.SEPARATE_BULLYING_REFERRALS,
				"Bullying is recorded: this young person " + part + "; the other child needs a referral of their own.");
	}

	// seed 002 §5.20–5.37: a shared intimate picture → report early for removal,
	// reassure, and consider suicide prevention even if the young person seems to
	// cope
	private void imagePrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		if (!intimateImageShared(facts)) {
			return;
		}
		List<String> how = new ArrayList<>();
		if (facts.concerns().intimateImageShared()) {
			how.add("an intimate picture of the young person has been shared");
		}
		if (facts.scenariosIn(RiskCategory.CONDUCT).contains(Codes.SHARED_INTIMATE_IMAGE)) {
			how.add("the young person has shared an intimate picture of themselves");
		}
		String reason = "Recorded: " + Titles.join(how) + ".";
		prompts.raise(Codes.EARLY_REMOVAL_REPORT, reason);
		prompts.raise(Codes.REASSURE_THE_YOUNG_PERSON, reason);
		prompts.raise(Codes.CONSIDER_SUICIDE_PREVENTION_PLAN, reason);
	}

	// seed 004 §21 and §33: sextortion or grooming markers → police and CEOP
	private void policeAndCeopPrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		if (facts.concerns().sextortionThreatsOrBlackmail()) {
			prompts.raise(Codes.POLICE_AND_CEOP, "Threats or blackmail over pictures are recorded.");
		}
		Set<String> answers = sextortionAnswers(facts);
		if (!answers.isEmpty()) {
			prompts.raise(Codes.POLICE_AND_CEOP,
					"The young person's answers about sharing a picture show coercion or threats ("
							+ this.titles.answers(answers) + ").");
		}
		if (facts.concerns().grooming().any()) {
			prompts.raise(Codes.POLICE_AND_CEOP,
					"Grooming markers are recorded: " + Titles.join(facts.concerns().grooming().describe()) + ".");
		}
	}

	// seed 000 §6 and sources of help: anything recorded → signpost the young person
	// and family
	private void signposting(AssessmentFacts facts, RaisedPrompts prompts) {
		List<String> recorded = new ArrayList<>();
		if (!facts.vulnerabilityFactors().isEmpty()) {
			recorded.add("vulnerability factors");
		}
		if (facts.scenarios().values().stream().anyMatch((codes) -> !codes.isEmpty())) {
			recorded.add("high-risk scenarios");
		}
		if (!facts.offlineAdversities().isEmpty()) {
			recorded.add("offline adversities");
		}
		int lowestHighRisk = this.catalogue.lowestHighRiskLevel();
		if (facts.tenCsRatings().values().stream().anyMatch((level) -> level >= lowestHighRisk)) {
			recorded.add("a high-risk rating in the 10 Cs");
		}
		if (!concernsAboutTheChild(facts).isEmpty()) {
			recorded.add("concerns about the young person");
		}
		if (!recorded.isEmpty()) {
			prompts.raise(Codes.SIGNPOSTING, "Recorded: " + Titles.join(recorded) + ".");
		}
	}

	private static boolean intimateImageShared(AssessmentFacts facts) {
		return facts.concerns().intimateImageShared()
				|| facts.scenariosIn(RiskCategory.CONDUCT).contains(Codes.SHARED_INTIMATE_IMAGE);
	}

	private static boolean sextortion(AssessmentFacts facts) {
		return facts.concerns().sextortionThreatsOrBlackmail() || !sextortionAnswers(facts).isEmpty();
	}

	private static Set<String> sextortionAnswers(AssessmentFacts facts) {
		return Stream
			.concat(facts.imageSharing().whyShared().stream(), facts.imageSharing().whatHappenedAfter().stream())
			.filter(Codes.SEXTORTION_ANSWERS::contains)
			.collect(Collectors.toSet());
	}

}
