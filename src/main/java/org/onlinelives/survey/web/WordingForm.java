package org.onlinelives.survey.web;

/** An administrator's wording of a question, in usual and easy-read words. */
record WordingForm(String text, String easyRead) {
}
