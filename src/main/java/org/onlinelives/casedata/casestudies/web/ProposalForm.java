package org.onlinelives.casedata.casestudies.web;

/** A new case study: whose assessment it comes from, and the author's text. */
record ProposalForm(String caseReference, String title, String narrative) {

	static ProposalForm empty() {
		return new ProposalForm("", "", "");
	}

}
