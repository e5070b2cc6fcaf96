package org.onlinelives.assessment.rules;

import java.util.List;
import java.util.Optional;

/**
 * What the rules found: flags, and procedure prompts with the most urgent first.
 *
 * @param flags the flags raised
 * @param prompts the procedure prompts raised, urgent first, then in catalogue order
 */
public record AssessmentOutcome(List<AssessmentFlag> flags, List<RaisedPrompt> prompts) {

	public AssessmentOutcome {
		flags = List.copyOf(flags);
		prompts = List.copyOf(prompts);
	}

	public boolean hasFlag(FlagCode code) {
		return flag(code).isPresent();
	}

	public Optional<AssessmentFlag> flag(FlagCode code) {
		return this.flags.stream().filter((flag) -> flag.code() == code).findFirst();
	}

	public List<FlagCode> flagCodes() {
		return this.flags.stream().map(AssessmentFlag::code).toList();
	}

	public Optional<RaisedPrompt> prompt(String code) {
		return this.prompts.stream().filter((prompt) -> prompt.code().equals(code)).findFirst();
	}

	public List<String> promptCodes() {
		return this.prompts.stream().map(RaisedPrompt::code).toList();
	}

}
