package org.onlinelives.workforce.web;

/**
 * A new version of the code of conduct as typed. {@code basedOn} is the version number
 * the administrator started from (0 for the first), so a version published meanwhile by
 * someone else is not silently replaced.
 */
record ConductForm(String body, String changeSummary, String basedOn) {

}
