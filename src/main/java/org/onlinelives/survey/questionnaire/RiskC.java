package org.onlinelives.survey.questionnaire;

/** The four Cs of online risk (seed 000, high-risk scenarios table). */
public enum RiskC {

	CONTENT, CONTACT, CONDUCT, COMMERCE

}
