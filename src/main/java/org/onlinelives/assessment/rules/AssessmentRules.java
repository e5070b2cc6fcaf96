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
 * raised by several rules appears once with all its reasons.
 * <ul>
 * <li>Immediate risk of significant harm → police without delay (seed 002 §6.6).</li>
 * <li>Any concern → discuss with line manager or safeguarding lead (seed 004 §10); if it
 * involves the young person → referral to children's social care (seed 004 §11). A
 * concern involves the young person when any concern flag about them is set, an intimate
 * picture was shared, or grooming or sextortion markers are present. A concern only about
 * an adult raises the discussion but not the referral: the police or LADO route makes it
 * (seed 004 §15).</li>
 * <li>Child identified as abused in making images → Section 47 enquiry (seed 004
 * §11).</li>
 * <li>Adult of concern, no identified child → police (seed 004 §15).</li>
 * <li>Someone who works with children → allegations procedure (LADO) and do not alert the
 * person (seed 004 §16–17).</li>
 * <li>Bullying, either part → separate referrals for both children (seed 004 §45).</li>
 * <li>Possible crime → police (seed 004 §46).</li>
 * <li>Intimate picture shared, by the young person (the Conduct scenario) or by anyone
 * (the concern flag) → early removal report, reassurance, consider a suicide prevention
 * plan (seed 002 §5.20–5.37).</li>
 * <li>Sextortion flag, image-sharing answers showing pressure, trickery, threats or
 * blackmail, or any grooming marker → police and CEOP (seed 004 §21, §33).</li>
 * <li>Anything of note recorded → signposting for the young person and family (seed 000
 * §6).</li>
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
		if (catalogue.scenario(Codes.SHARED_INTIMATE_IMAGE).isEmpty()) {
			missing.add(Codes.SHARED_INTIMATE_IMAGE);
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
