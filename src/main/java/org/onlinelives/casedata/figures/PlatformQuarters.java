package org.onlinelives.casedata.figures;

import java.time.YearMonth;

/**
 * One platform's counts around a quarter, as {@link EmergingPlatforms} reads them. A null
 * count is withheld by disclosure control.
 *
 * @param label the platform's name
 * @param firstRecorded the first month any case in scope recorded it; for a platform
 * recorded in the previous quarter, possibly only the first month of that quarter (all
 * that matters is that it is before this quarter)
 * @param casesThisQuarter cases recording it this quarter
 * @param onlineThisQuarter of those, cases with an online component
 * @param onlinePreviousQuarter cases with an online component recording it in the
 * previous quarter
 */
public record PlatformQuarters(String label, YearMonth firstRecorded, Long casesThisQuarter, Long onlineThisQuarter,
		Long onlinePreviousQuarter) {
}
