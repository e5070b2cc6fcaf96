package org.onlinelives.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.assessment.catalogue.Catalogue;

/**
 * Turns what a practitioner recorded into flags and procedure prompts. It supports
 * professional judgement and never replaces it: every flag and prompt says why it was
 * raised and where the rule comes from, and the practitioner answers each prompt.
 *
 * <h2>Flags</h2>
 * <ul>
 * <li>{@link FlagCode#INTENSIVE_SUPPORT_RECOMMENDED}: four or more of the eight factors
 * the catalogue marks {@code countsTowardIntensiveSupport} (seed 000, note to 3.4). Other
 * recorded factors are named in the reason but never counted.</li>
 * <li>{@link FlagCode#SCREEN_OTHER_CS}: a scenario in at least one C, naming every C with
 * none recorded yet (seed 000, note to 3.4; Communities from seed 002 §5.3). Not raised
 * when all five Cs already have a scenario: there is nothing left to screen.</li>
 * <li>{@link FlagCode#COMPOSITE_AND_COMPLEX}: two or more of the 10 Cs rated high risk,
 * meaning the top two levels of the scale (4 and 5 on the 1–5 scale), or two or more
 * offline adversities (seed 003). The rating of Composite and complex itself is not
 * counted, since the flag asks for it.</li>
 * <li>{@link FlagCode#LOOK_DEEPER_ONLINE}: any offline adversity (seed 002 §6.5).</li>
 * </ul>
 *
 * <h2>Procedure prompts</h2> Ordered urgent first, then in catalogue order; a prompt
 * raised by several rules appears once with all its reasons. The rules, with their
 * sources, are in {@link PromptRules}; in short:
 * <ul>
 * <li>Immediate risk → police without delay; thoughts of suicide or self-harm → crisis
 * response and suicide prevention.</li>
 * <li>Any concern → safeguarding lead and a recorded threshold decision; a referral to
 * children's social care only where the answers meet child protection by themselves or
 * the decision is child in need or above; early help where the decision is early
 * help.</li>
 * <li>Abuse in making images → Section 47 without the referrer interviewing or viewing;
 * exploitation → police and children's social care; radicalisation → Prevent via the
 * DSL.</li>
 * <li>Adults of concern → police, LADO, and do not alert the person (also for an adult in
 * the household or network, when signposting goes to the young person only).</li>
 * <li>Bullying → evidence without images, and separate referrals only in the more serious
 * cases; a possible crime → police, case by case.</li>
 * <li>A shared picture, or threats to share one → Report Remove, reassurance, suicide
 * prevention; sextortion or any sign of grooming → police and CEOP.</li>
 * <li>Not their fault; involve parents unless that increases the risk; devices removed
 * only as a last resort; signposting.</li>
 * <li>From 18: adult safeguarding and the personal adviser for care leavers instead of
 * the child routes; for a shared or threatened picture, the Revenge Porn Helpline,
 * StopNCII.org and the police instead of Report Remove.</li>
 * </ul>
 *
 * <p>
 * Unknown codes, a scenario under the wrong C, a rating off the scale, or image-sharing
 * answers without the Conduct scenario of sharing a picture are refused with an
 * {@link IllegalArgumentException} naming the code: silently ignoring them could hide a
 * risk.
 */
public final class AssessmentRules {

	private final FactsValidator validator;

	private final FlagRules flagRules;

	private final PromptRules promptRules;

	/**
	 * Creates the rules over a loaded catalogue.
	 * @param catalogue the catalogue
	 * @throws IllegalStateException if the catalogue lacks a code the rules need
	 */
	public AssessmentRules(Catalogue catalogue) {
		List<String> missing = new ArrayList<>(
				Codes.PROMPTS.stream().filter((code) -> catalogue.procedurePrompt(code).isEmpty()).toList());
		if (catalogue.scenario(ImageSharingAnswers.SHARED_INTIMATE_IMAGE).isEmpty()) {
			missing.add(ImageSharingAnswers.SHARED_INTIMATE_IMAGE);
		}
		if (catalogue.tenC(Codes.COMPOSITE_AND_COMPLEX).isEmpty()) {
			missing.add(Codes.COMPOSITE_AND_COMPLEX);
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"The catalogue lacks codes the assessment rules need: " + String.join(", ", missing));
		}
		this.validator = new FactsValidator(catalogue);
		this.flagRules = new FlagRules(catalogue);
		this.promptRules = new PromptRules(catalogue);
	}

	/**
	 * Evaluates the rules.
	 * @param facts what the practitioner recorded
	 * @return the flags and prompts
	 * @throws IllegalArgumentException if the facts hold a code the catalogue does not
	 * know
	 */
	public AssessmentOutcome evaluate(AssessmentFacts facts) {
		this.validator.check(facts);
		return new AssessmentOutcome(this.flagRules.evaluate(facts), this.promptRules.evaluate(facts));
	}

}
