package org.onlinelives.assessment.catalogue;

import java.util.List;

/**
 * A step the safeguarding procedures expect, shown to the practitioner to answer.
 *
 * @param code stable code
 * @param title short title
 * @param whatToDo what the practitioner should do
 * @param reason why the procedures ask for it
 * @param source where it comes from
 * @param urgency how soon to act
 * @param contact who to contact and how, for national services (numbers, web pages)
 * @param localContacts the kinds of local service (names of the platform's contact
 * services) whose contacts, from the partnership's directory, are shown with the prompt
 */
public record ProcedurePrompt(String code, String title, String whatToDo, String reason, Source source, Urgency urgency,
		String contact, List<String> localContacts) {

	public ProcedurePrompt {
		localContacts = (localContacts != null) ? List.copyOf(localContacts) : List.of();
	}

}
