package org.onlinelives.survey.design;

/** A survey is designed as a draft, then published and fixed. */
public enum SurveyStatus {

	DRAFT, PUBLISHED

}
