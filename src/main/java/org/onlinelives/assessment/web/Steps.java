package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onlinelives.assessment.catalogue.Catalogue;

/**
 * The order of the assessment's steps, and their addresses.
 */
final class Steps {

	static final String CHECK = "check";

	private final List<AssessmentStep<?>> steps;

	private final List<String> order;

	Steps(Catalogue catalogue) {
		this.steps = AssessmentStep.all(catalogue);
		List<String> names = new ArrayList<>(this.steps.stream().map(AssessmentStep::name).toList());
		names.add(CHECK);
		this.order = List.copyOf(names);
	}

	static String base(long youngPersonId, long assessmentId) {
		return "/young-people/" + youngPersonId + "/assessments/" + assessmentId;
	}

	/** The step at this address under the assessment, if there is one. */
	Optional<AssessmentStep<?>> step(String name) {
		return this.steps.stream().filter((step) -> step.name().equals(name)).findFirst();
	}

	String next(String step) {
		int index = this.order.indexOf(step);
		return this.order.get(Math.min(index + 1, this.order.size() - 1));
	}

	String previous(String step) {
		int index = this.order.indexOf(step);
		return (index <= 0) ? null : this.order.get(index - 1);
	}

	/** Where to go after saving a step: back to the check page after a change link. */
	String after(String step, String returnTo) {
		return CHECK.equals(returnTo) ? CHECK : next(step);
	}

	List<String> all() {
		return this.order;
	}

}
