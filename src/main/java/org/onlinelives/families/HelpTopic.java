package org.onlinelives.families;

/**
 * The Cs a directory entry helps with: the Online lives audit tool's 4Cs (content,
 * contact, conduct, commerce) with Communities, which the Bromley SCB online safety
 * strategy (§5.3) adds. They are the Cs the assessment groups its high-risk scenarios by,
 * so a case's Cs can be matched to the help that fits them.
 */
public enum HelpTopic {

	CONTENT, CONTACT, CONDUCT, COMMERCE, COMMUNITIES

}
