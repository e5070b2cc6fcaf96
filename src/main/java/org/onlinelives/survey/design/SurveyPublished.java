package org.onlinelives.survey.design;

/** A survey was published: its content is fixed and links may now be opened. */
public record SurveyPublished(long surveyId) {
}
