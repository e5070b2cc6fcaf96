package org.onlinelives.platform.organisation;

/**
 * The kinds of service that make up a safeguarding partnership (PRODUCT.md §2).
 */
public enum AgencyType {

	CHILDRENS_SOCIAL_CARE, CAMHS, SCHOOL, POLICE, YOUTH_SERVICE, HEALTH, VOLUNTARY_SECTOR, OTHER;

	public String messageKey() {
		return "agency.type." + name();
	}

}
