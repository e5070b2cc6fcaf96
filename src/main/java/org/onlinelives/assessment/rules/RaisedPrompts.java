package org.onlinelives.assessment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.ProcedurePrompt;

/**
 * Collects raised prompts. A prompt raised by more than one rule appears once, with every
 * reason; the result is ordered urgent first, then in catalogue order, so the same facts
 * always give the same list.
 */
final class RaisedPrompts {

	private final Catalogue catalogue;

	private final Map<String, List<String>> reasons = new LinkedHashMap<>();

	RaisedPrompts(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	void raise(String code, String reason) {
		this.reasons.computeIfAbsent(code, (key) -> new ArrayList<>()).add(reason);
	}

	List<RaisedPrompt> inOrder() {
		List<ProcedurePrompt> order = this.catalogue.procedurePrompts();
		return order.stream()
			.filter((prompt) -> this.reasons.containsKey(prompt.code()))
			.sorted(Comparator.comparing(ProcedurePrompt::urgency).thenComparing(order::indexOf))
			.map((prompt) -> new RaisedPrompt(prompt, String.join(" ", this.reasons.get(prompt.code()))))
			.toList();
	}

}
