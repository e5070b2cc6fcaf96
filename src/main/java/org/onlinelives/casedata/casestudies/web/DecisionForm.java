package org.onlinelives.casedata.casestudies.web;

/** An agency lead's or administrator's decision on a draft. */
record DecisionForm(String decision, String comment, String version) {

	static final String APPROVE = "APPROVE";

	static final String RETURN = "RETURN";

	static DecisionForm empty(Long version) {
		return new DecisionForm(null, "", String.valueOf(version));
	}

}
