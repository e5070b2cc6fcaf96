package org.onlinelives.casedata.casestudies.web;

import org.onlinelives.casedata.casestudies.CaseStudy;

/** A draft's text as the author changes it. */
record TextForm(String title, String narrative, String version) {

	static TextForm of(CaseStudy study) {
		return new TextForm(study.getTitle(), study.getNarrative(), String.valueOf(study.getVersion()));
	}

}
