package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.TenC;

/**
 * The order of the assessment's steps, and their addresses.
 */
final class Steps {

	static final String CHECK = "check";

	private final List<String> order;

	Steps(Catalogue catalogue) {
		List<String> steps = new ArrayList<>(List.of("factors", "scenarios", "offline", "concerns"));
		for (TenC tenC : catalogue.tenCs()) {
			steps.add("ten-cs/" + tenC.code());
		}
		steps.add(CHECK);
		this.order = List.copyOf(steps);
	}

	static String base(long youngPersonId, long assessmentId) {
		return "/young-people/" + youngPersonId + "/assessments/" + assessmentId;
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
