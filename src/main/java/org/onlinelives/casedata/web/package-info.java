/**
 * Case data pages: the agency dashboard, partnership figures, exports and the rebuild
 * command; data returns (timetable, review and submission, who has submitted, a return's
 * downloads) and the returns API for analysts' tokens.
 */
package org.onlinelives.casedata.web;
