package org.onlinelives.assessment.rules;

import org.onlinelives.assessment.catalogue.ProcedurePrompt;
import org.onlinelives.assessment.catalogue.Source;
import org.onlinelives.assessment.catalogue.Urgency;

/**
 * A procedure prompt the rules raised for this assessment.
 *
 * @param prompt the prompt from the catalogue: what to do, why in general, source,
 * urgency
 * @param reason why it was raised here, naming the facts that raised it
 */
public record RaisedPrompt(ProcedurePrompt prompt, String reason) {

	public String code() {
		return this.prompt.code();
	}

	public Urgency urgency() {
		return this.prompt.urgency();
	}

	public Source source() {
		return this.prompt.source();
	}

}
