package org.onlinelives.casedata.casestudies.web;

/** The library's filters, as typed in the query string. */
record LibraryForm(String c, String scenario, String ageBand, String q) {

}
