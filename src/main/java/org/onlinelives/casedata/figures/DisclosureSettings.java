package org.onlinelives.casedata.figures;

import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The partnership's disclosure control settings: thresholds for its own pages and for
 * anything exported, and whether shown counts are rounded to 5.
 */
@Component
public class DisclosureSettings {

	private final DisclosurePolicy pages;

	private final DisclosurePolicy exports;

	public DisclosureSettings(@Value("${onlinelives.casedata.pages-threshold:5}") int pagesThreshold,
			@Value("${onlinelives.casedata.export-threshold:10}") int exportThreshold,
			@Value("${onlinelives.casedata.round-to-five:false}") boolean roundToFive) {
		this.pages = new DisclosurePolicy(pagesThreshold, roundToFive);
		this.exports = new DisclosurePolicy(Math.max(exportThreshold, pagesThreshold), roundToFive);
	}

	/** Inside the partnership's own pages. */
	public DisclosurePolicy pages() {
		return this.pages;
	}

	/** For anything that leaves the service: exports, returns, the board report. */
	public DisclosurePolicy exports() {
		return this.exports;
	}

}
