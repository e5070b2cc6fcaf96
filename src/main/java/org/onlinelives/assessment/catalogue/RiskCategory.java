package org.onlinelives.assessment.catalogue;

/**
 * One of the five Cs that high-risk scenarios are grouped by: seed 000's 4Cs table, with
 * Communities added by seed 002 §5.3.
 */
public enum RiskCategory {

	CONTENT, CONTACT, CONDUCT, COMMERCE, COMMUNITIES

}
