package org.onlinelives.assessment.catalogue;

/**
 * A step the safeguarding procedures expect, shown to the practitioner to answer.
 *
 * @param code stable code
 * @param title short title
 * @param whatToDo what the practitioner should do
 * @param reason why the procedures ask for it
 * @param source where it comes from
 * @param urgency how soon to act
 */
public record ProcedurePrompt(String code, String title, String whatToDo, String reason, Source source,
		Urgency urgency) {

}
