package org.onlinelives.selfaudit.framework;

/**
 * A case from the source tool, offered as a reflective prompt.
 *
 * @param id a stable identifier, for example {@code selina}
 * @param name the name used in the case
 * @param summary what happened
 * @param reflectivePrompt the question for the service to reflect on
 */
public record CaseExample(String id, String name, String summary, String reflectivePrompt) {

}
