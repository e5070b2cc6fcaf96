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
 * reason, urgency and contacts come from the catalogue. From 18 the child routes (Section
 * 47, CEOP's child reporting, children's social care, early help) give way to adult
 * routes.
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
		// Bromley SCB online safety strategy §6.6: immediate risk of significant harm →
		// police without delay
		if (concerns.immediateRiskOfSignificantHarm()) {
			prompts.raise(Codes.POLICE_WITHOUT_DELAY, "Immediate risk of significant harm is recorded.");
		}
		// Bromley §5.33–5.34, §6.6: thoughts of suicide or self-harm → a crisis response
		// the same day, and suicide prevention in the plan
		if (concerns.has(Concern.SUICIDAL_THOUGHTS_OR_SELF_HARM)) {
			String reason = "The young person has expressed thoughts of suicide or is harming themselves.";
			prompts.raise(Codes.CRISIS_RESPONSE, reason);
			prompts.raise(Codes.CONSIDER_SUICIDE_PREVENTION_PLAN, reason);
		}
		concernPrompts(facts, prompts);
		abusePrompts(facts, prompts);
		adultPrompts(concerns, prompts);
		bullyingPrompts(facts, prompts);
		// Staffordshire §46, Bromley §5.24, Dudley evaluation: a possible crime → the
		// police, judged case by case rather than routinely
		if (concerns.possibleCrime()) {
			prompts.raise(Codes.POLICE_POSSIBLE_CRIME, "What happened may be a crime.");
		}
		imagePrompts(facts, prompts);
		policeAndCeopPrompts(facts, prompts);
		supportPrompts(facts, prompts);
		signposting(facts, prompts);
		return prompts.inOrder();
	}

	// Staffordshire §10: any concern → discuss with line manager or safeguarding lead,
	// even without evidence, and place it in the local threshold document (Bromley
	// §6.1). Staffordshire §11: a concern about a particular child → children's social
	// care, but only where it meets the threshold (§45 "the more serious cases"; Online
	// lives audit tool, Definitions: many teenagers share images with no harm). Some
	// answers meet the child protection threshold by themselves. Below it, early help.
	private void concernPrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		ConcernFlags concerns = facts.concerns();
		List<String> aboutTheChild = concernsAboutTheChild(facts);
		List<String> aboutAnAdult = new ArrayList<>();
		if (concerns.adultOfConcernNoIdentifiedChild()) {
			aboutAnAdult.add("concern about an adult with no identified child");
		}
		if (concerns.concernAboutSomeoneWhoWorksWithChildren()) {
			aboutAnAdult.add("concern about someone who works with children");
		}
		if (concerns.has(Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK)) {
			aboutAnAdult.add("concern about an adult in the young person's household or network");
		}
		List<String> all = new ArrayList<>(aboutTheChild);
		all.addAll(aboutAnAdult);
		if (all.isEmpty()) {
			return;
		}
		String discuss = "Recorded: " + Titles.join(all) + ".";
		ThresholdLevel threshold = concerns.threshold();
		if (facts.isAdult()) {
			discuss += " The young person is " + facts.age() + ", so adult routes apply.";
		}
		else if (threshold == null) {
			discuss += " No threshold decision is recorded yet.";
		}
		else {
			discuss += " Threshold decision recorded: " + describe(threshold) + ".";
		}
		prompts.raise(Codes.DISCUSS_WITH_SAFEGUARDING_LEAD, discuss);
		if (aboutTheChild.isEmpty()) {
			return;
		}
		if (facts.isAdult()) {
			// From 18: adult safeguarding, and the personal adviser for care leavers
			prompts.raise(Codes.ADULT_SAFEGUARDING, "The young person is " + facts.age()
					+ " and the concern involves them: " + Titles.join(aboutTheChild) + ".");
			if (facts.vulnerabilityFactors().contains(Codes.IN_OR_LEAVING_CARE)) {
				prompts.raise(Codes.PERSONAL_ADVISER,
						"The young person is " + facts.age() + " and in or leaving care, so has a personal adviser.");
			}
			return;
		}
		List<String> protection = protectionConcerns(facts);
		if (!protection.isEmpty()) {
			prompts.raise(Codes.REFERRAL_TO_CHILDRENS_SOCIAL_CARE,
					"These answers meet the child protection threshold by themselves: " + Titles.join(protection)
							+ ".");
		}
		if (threshold != null && threshold.needsReferral()) {
			prompts.raise(Codes.REFERRAL_TO_CHILDRENS_SOCIAL_CARE,
					"The threshold decision recorded is " + describe(threshold) + ".");
		}
		if (protection.isEmpty() && threshold == ThresholdLevel.EARLY_HELP) {
			prompts.raise(Codes.EARLY_HELP, "The threshold decision recorded is early help.");
		}
	}

	// Answers that meet the child protection threshold whatever level is recorded:
	// immediate risk (Bromley §6.6), abuse in making images (Staffordshire §11),
	// sextortion and grooming (Staffordshire §21, §33), exploitation (Bromley §5.38),
	// harm by someone who works with children (Staffordshire §16, §18).
	private List<String> protectionConcerns(AssessmentFacts facts) {
		ConcernFlags concerns = facts.concerns();
		List<String> found = new ArrayList<>();
		if (concerns.immediateRiskOfSignificantHarm()) {
			found.add("immediate risk of significant harm");
		}
		if (concerns.childIdentifiedAsAbusedInMakingImages()) {
			found.add("abuse in the making of images");
		}
		if (sextortion(facts)) {
			found.add("threats, blackmail or deceit over pictures");
		}
		if (concerns.anyGroomingIndicator()) {
			found.add("signs of grooming");
		}
		if (concerns.has(Concern.SEXUAL_EXPLOITATION)) {
			found.add("sexual exploitation");
		}
		if (concerns.has(Concern.CRIMINAL_EXPLOITATION_OR_GANGS)) {
			found.add("criminal exploitation or gangs");
		}
		if (concerns.has(Concern.WORKER_HARMED_THIS_CHILD)) {
			found.add("harm by someone who works with children");
		}
		return found;
	}

	private List<String> concernsAboutTheChild(AssessmentFacts facts) {
		ConcernFlags concerns = facts.concerns();
		List<String> found = new ArrayList<>();
		if (concerns.anyConcern()) {
			found.add("a safeguarding concern");
		}
		if (concerns.has(Concern.SUICIDAL_THOUGHTS_OR_SELF_HARM)) {
			found.add("thoughts of suicide or self-harm");
		}
		if (!concerns.bullying().isEmpty()) {
			found.add("bullying");
		}
		if (concerns.possibleCrime()) {
			found.add("a possible crime");
		}
		if (concerns.intimateImageShared()) {
			found.add("an intimate picture shared");
		}
		else if (harmfulSharing(facts)) {
			found.add("an intimate picture shared under pressure or with harm after");
		}
		if (concerns.has(Concern.RADICALISATION)) {
			found.add("radicalisation");
		}
		if (concerns.has(Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK)) {
			found.add("an adult of concern in the household or network");
		}
		found.addAll(protectionConcerns(facts));
		return found;
	}

	// Staffordshire §11–12, §28–29: a child abused in making images → Section 47,
	// without the referrer interviewing or viewing. Bromley §5.38–5.41: exploitation →
	// police and children's social care; radicalisation → Prevent through the DSL.
	private void abusePrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		ConcernFlags concerns = facts.concerns();
		if (concerns.childIdentifiedAsAbusedInMakingImages()) {
			String reason = "The young person is identified as abused in the making of images.";
			if (facts.isAdult()) {
				prompts.raise(Codes.POLICE_POSSIBLE_CRIME, reason + " At " + facts.age()
						+ " the police decide how to investigate; Section 47 is for under 18s.");
			}
			else {
				prompts.raise(Codes.SECTION_47_ENQUIRY, reason);
			}
		}
		List<String> exploitation = new ArrayList<>();
		if (concerns.has(Concern.SEXUAL_EXPLOITATION)) {
			exploitation.add("sexual exploitation");
		}
		if (concerns.has(Concern.CRIMINAL_EXPLOITATION_OR_GANGS)) {
			exploitation.add("criminal exploitation or gangs");
		}
		if (!exploitation.isEmpty()) {
			String reason = "Recorded: " + Titles.join(exploitation) + ".";
			prompts.raise(facts.isAdult() ? Codes.POLICE_POSSIBLE_CRIME : Codes.EXPLOITATION_POLICE_AND_SOCIAL_CARE,
					reason);
		}
		if (concerns.has(Concern.RADICALISATION)) {
			prompts.raise(Codes.PREVENT_VIA_DSL, "Radicalisation is recorded.");
		}
	}

	// Staffordshire §15: an adult with no identifiable child → police. §16–18: someone
	// who works with children → allegations procedure (LADO); where that person harmed
	// this child, also the child's own referral (above) and the police. §17: do not alert
	// the person before the police act, which holds for the adult of §15 (suspected of
	// abusing children or viewing abuse images), the worker of §16, and any adult of
	// concern in the household or network.
	private void adultPrompts(ConcernFlags concerns, RaisedPrompts prompts) {
		if (concerns.adultOfConcernNoIdentifiedChild()) {
			String reason = "There is concern about an adult and no child has been identified.";
			prompts.raise(Codes.POLICE_ADULT_NO_IDENTIFIED_CHILD, reason);
			prompts.raise(Codes.DO_NOT_ALERT_THE_PERSON, reason);
		}
		if (concerns.concernAboutSomeoneWhoWorksWithChildren()) {
			String reason = "The concern is about someone who works with children.";
			prompts.raise(Codes.ALLEGATIONS_PROCEDURE, reason);
			prompts.raise(Codes.DO_NOT_ALERT_THE_PERSON, reason);
		}
		if (concerns.has(Concern.WORKER_HARMED_THIS_CHILD)) {
			prompts.raise(Codes.POLICE_POSSIBLE_CRIME, "Someone who works with children has harmed this young person.");
		}
		if (concerns.has(Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK)) {
			prompts.raise(Codes.DO_NOT_ALERT_THE_PERSON,
					"The concern is about an adult in the young person's household or network.");
		}
	}

	// Staffordshire §45: in the more serious cases (a threshold of child in need or
	// above, or answers that meet child protection by themselves), separate referrals for
	// the child harmed and the child who harmed. 10 Cs
	// guide, Possession of inappropriate material: keep evidence of the messages,
	// never images.
	private void bullyingPrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		Set<BullyingRole> roles = facts.concerns().bullying();
		if (roles.isEmpty()) {
			return;
		}
		String part = roles.size() == 2 ? "both harmed and harmed another child"
				: roles.contains(BullyingRole.CHILD_HARMED) ? "was harmed" : "harmed another child";
		ThresholdLevel threshold = facts.concerns().threshold();
		List<String> protection = protectionConcerns(facts);
		if (!facts.isAdult() && threshold != null && threshold.needsReferral()) {
			prompts.raise(Codes.SEPARATE_BULLYING_REFERRALS,
					"Bullying is recorded (this young person " + part + ") and the threshold decision is "
							+ describe(threshold) + "; the other child needs a referral of their own.");
		}
		else if (!facts.isAdult() && !protection.isEmpty()) {
			prompts.raise(Codes.SEPARATE_BULLYING_REFERRALS,
					"Bullying is recorded (this young person " + part + ") with " + Titles.join(protection)
							+ ", a more serious case; the other child needs a referral of their own.");
		}
		prompts.raise(Codes.KEEP_EVIDENCE_WITHOUT_IMAGES, "Bullying is recorded: this young person " + part + ".");
	}

	// Bromley §5.20–5.37: a shared intimate picture, or a threat to share one → report
	// early for removal (Report Remove), reassure, and consider suicide prevention even
	// if the young person seems to cope. A picture shared freely in a relationship or
	// for fun, with no harm after, raises reassurance only (Online lives audit tool,
	// Definitions: many teenagers share images with no harm). Report Remove is for under
	// 18s: from 18, removal goes through the Revenge Porn Helpline and StopNCII.org, and
	// the police (the sources cover children only; Bromley §5.20–5.21 on reporting early
	// holds for anyone).
	private void imagePrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		List<String> how = new ArrayList<>();
		if (facts.concerns().intimateImageShared()) {
			how.add("an intimate picture of the young person has been shared");
		}
		if (facts.concerns().sextortionThreatsOrBlackmail()) {
			how.add("someone threatens to share a picture of the young person or blackmails them");
		}
		Set<String> harmful = answersIn(facts, Codes.HARMFUL_SHARING_ANSWERS);
		if (!harmful.isEmpty()) {
			how.add("the young person shared a picture of themselves (" + this.titles.answers(harmful) + ")");
		}
		else if (sharedPicture(facts) && !sharedFreely(facts)) {
			how.add("the young person has shared an intimate picture of themselves");
		}
		if (how.isEmpty()) {
			if (sharedPicture(facts)) {
				prompts.raise(Codes.REASSURE_THE_YOUNG_PERSON, "The young person shared a picture of themselves ("
						+ this.titles.answers(answersIn(facts, Codes.FREE_SHARING_ANSWERS))
						+ ") with no pressure or harm recorded: many young people do, and they need to know help is there if it goes wrong.");
			}
			return;
		}
		String reason = "Recorded: " + Titles.join(how) + ".";
		if (facts.isAdult()) {
			prompts.raise(Codes.ADULT_INTIMATE_IMAGE_REPORT,
					reason + " The young person is " + facts.age() + ", and Report Remove is for under 18s.");
		}
		else {
			prompts.raise(Codes.EARLY_REMOVAL_REPORT, reason);
		}
		prompts.raise(Codes.REASSURE_THE_YOUNG_PERSON, reason);
		prompts.raise(Codes.CONSIDER_SUICIDE_PREVENTION_PLAN, reason);
	}

	// Staffordshire §21, §28, §33: sextortion or any sign of grooming → police and CEOP.
	// From 18, CEOP's child route does not apply: the police.
	private void policeAndCeopPrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		List<String> reasons = new ArrayList<>();
		if (facts.concerns().sextortionThreatsOrBlackmail()) {
			reasons.add("Threats or blackmail over pictures are recorded.");
		}
		Set<String> answers = answersIn(facts, Codes.SEXTORTION_ANSWERS);
		if (!answers.isEmpty()) {
			reasons.add("The young person's answers about sharing a picture show threats, blackmail or deceit ("
					+ this.titles.answers(answers) + ").");
		}
		if (facts.concerns().anyGroomingIndicator()) {
			reasons.add("Signs of grooming are recorded: " + Titles.join(facts.concerns().groomingDescriptions())
					+ ". Any one is enough to report.");
		}
		String code = facts.isAdult() ? Codes.POLICE_POSSIBLE_CRIME : Codes.POLICE_AND_CEOP;
		reasons.forEach((reason) -> prompts.raise(code, reason));
		if (!reasons.isEmpty()) {
			prompts.raise(Codes.KEEP_EVIDENCE_WITHOUT_IMAGES, String.join(" ", reasons));
		}
	}

	// Staffordshire §12, §28–29: it is not the child's fault, and denial does not stop
	// action. Online lives audit tool statement 4.3 and section 6, Bromley §5.35:
	// involve parents or carers, unless that would increase the risk. 10 Cs guide,
	// Young people's views and experiences: devices removed only as a last resort.
	private void supportPrompts(AssessmentFacts facts, RaisedPrompts prompts) {
		ConcernFlags concerns = facts.concerns();
		List<String> victim = new ArrayList<>(protectionConcerns(facts));
		victim.remove("immediate risk of significant harm");
		if (concerns.intimateImageShared()) {
			victim.add("an intimate picture shared");
		}
		if (!victim.isEmpty()) {
			prompts.raise(Codes.NOT_YOUR_FAULT, "Recorded: " + Titles.join(victim) + ".");
		}
		if (facts.isAdult() || concernsAboutTheChild(facts).isEmpty()) {
			return;
		}
		// When the family may be the risk, the do-not-alert and signposting prompts say
		// so
		if (!familyMayBeTheRisk(concerns)) {
			prompts.raise(Codes.INVOLVE_PARENTS_OR_CARERS,
					"The concern involves this young person, and nothing recorded says involving the family would increase the risk.");
		}
		if (onlineHarm(facts)) {
			prompts.raise(Codes.DEVICES_LAST_RESORT,
					"Harm online is recorded: " + Titles.join(concernsAboutTheChild(facts)) + ".");
		}
	}

	// Online lives audit tool §6 and sources of help: anything recorded → signpost the
	// young person and family. Staffordshire §17: not the family when the person of
	// concern is in it, or when involving them would increase the risk.
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
		if (recorded.isEmpty()) {
			return;
		}
		String reason = "Recorded: " + Titles.join(recorded) + ".";
		if (familyMayBeTheRisk(facts.concerns())) {
			prompts.raise(Codes.SIGNPOSTING_YOUNG_PERSON_ONLY,
					reason + " "
							+ (facts.concerns().has(Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK)
									? "The person of concern is in the household or network."
									: "Involving the parents or carers would increase the risk."));
		}
		else {
			prompts.raise(Codes.SIGNPOSTING, reason);
		}
	}

	private static boolean familyMayBeTheRisk(ConcernFlags concerns) {
		return concerns.has(Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK) || concerns.has(Concern.PARENTS_WOULD_INCREASE_RISK);
	}

	private static boolean onlineHarm(AssessmentFacts facts) {
		ConcernFlags concerns = facts.concerns();
		return concerns.intimateImageShared() || sextortion(facts) || harmfulSharing(facts)
				|| concerns.anyGroomingIndicator() || !concerns.bullying().isEmpty()
				|| !facts.scenariosIn(RiskCategory.CONTACT).isEmpty();
	}

	private static String describe(ThresholdLevel level) {
		return switch (level) {
			case UNIVERSAL -> "universal";
			case EARLY_HELP -> "early help";
			case CHILD_IN_NEED -> "child in need";
			case CHILD_PROTECTION -> "child protection";
		};
	}

	private static boolean sharedPicture(AssessmentFacts facts) {
		return facts.scenariosIn(RiskCategory.CONDUCT).contains(ImageSharingAnswers.SHARED_INTIMATE_IMAGE);
	}

	// Shared freely: only "in a relationship" or "for fun", and nothing happened after.
	// With no answers at all we do not know, so it is not read as free.
	private static boolean sharedFreely(AssessmentFacts facts) {
		ImageSharingAnswers answers = facts.imageSharing();
		return !answers.whyShared().isEmpty() && Codes.FREE_SHARING_ANSWERS.containsAll(answers.whyShared())
				&& answers.whatHappenedAfter().isEmpty();
	}

	private static boolean harmfulSharing(AssessmentFacts facts) {
		return !answersIn(facts, Codes.HARMFUL_SHARING_ANSWERS).isEmpty();
	}

	private static boolean sextortion(AssessmentFacts facts) {
		return facts.concerns().sextortionThreatsOrBlackmail() || !answersIn(facts, Codes.SEXTORTION_ANSWERS).isEmpty();
	}

	private static Set<String> answersIn(AssessmentFacts facts, Set<String> wanted) {
		return Stream
			.concat(facts.imageSharing().whyShared().stream(), facts.imageSharing().whatHappenedAfter().stream())
			.filter(wanted::contains)
			.collect(Collectors.toSet());
	}

}
