package org.onlinelives.survey.web;

/** The survey code a young person types. */
record CodeForm(String code) {
}
