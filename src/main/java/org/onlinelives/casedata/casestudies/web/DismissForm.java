package org.onlinelives.casedata.casestudies.web;

/** A finding the author marks "not an identifier", with the reason. */
record DismissForm(String kind, String text, String reason, String version) {

}
