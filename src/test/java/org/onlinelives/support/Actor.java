package org.onlinelives.support;

/**
 * Who calls a route in an authorization matrix: nobody, each role in the holding agency
 * (the QA reviewer excepted: they work in another agency of the partnership, as reviewers
 * never review their own agency), a lead of another agency in the same partnership, and
 * an administrator of another partnership.
 */
public enum Actor {

	ANONYMOUS, ADMIN, LEAD, PRACTITIONER, QA_REVIEWER, ANALYST, OTHER_AGENCY_LEAD, OTHER_PARTNERSHIP_ADMIN

}
