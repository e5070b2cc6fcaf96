/**
 * The sharing timetable (issue 12 item 5): the partnership's data return timetable, and
 * each agency's immutable, versioned returns of disclosure-controlled figures.
 */
package org.onlinelives.casedata.returns;
