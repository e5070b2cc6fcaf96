package org.onlinelives.selfaudit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the audit results: a summary of the partnership's latest
 * cycle with submitted audits, for the partnership's board report. Agencies are named, so
 * only pages for partnership administrators may show it.
 */
public interface AuditResultsQuery {

	Optional<CycleSummary> latestCycle(long partnershipId);

	/**
	 * @param sectionTitles the six sections' titles, in order
	 * @param agencies each agency whose audit was submitted, in name order
	 * @param notSubmitted names of the agencies in the cycle that have not submitted
	 * @param sectionAverages the partnership's average of each section, or null where too
	 * few agencies contributed to show one
	 * @param overallAverage the partnership's average overall, or null
	 * @param minimumAgenciesForAverage how many agencies an average needs
	 * @param weakest the statements scored lowest on average across the submitted audits
	 */
	record CycleSummary(String cycleName, LocalDate periodStart, LocalDate periodEnd, List<String> sectionTitles,
			List<AgencyResult> agencies, List<String> notSubmitted, List<String> sectionAverages, String overallAverage,
			int minimumAgenciesForAverage, List<WeakStatement> weakest) {
	}

	/**
	 * @param sectionTotals each section's total out of {@code sectionMaximum}
	 * @param ragKey message key of the overall rating
	 */
	record AgencyResult(String agencyName, boolean signedOff, List<Integer> sectionTotals, int sectionMaximum,
			int overall, int overallMaximum, String ragKey) {
	}

	/** A statement and its average score across the agencies that scored it. */
	record WeakStatement(String number, String text, String averageScore, int agencies) {
	}

}
