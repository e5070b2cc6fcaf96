package org.onlinelives.workforce.web;

/** The partnership's decision on a suggestion. */
record ReviewForm(String status, String reviewNote, Long version) {

}
