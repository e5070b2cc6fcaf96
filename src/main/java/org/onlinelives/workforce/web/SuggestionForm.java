package org.onlinelives.workforce.web;

/** A topic suggested for training. */
record SuggestionForm(String topic) {

}
