package org.onlinelives.assessment.youngpeople;

/**
 * Who referred the young person to the holding agency (PRODUCT.md §5).
 */
public enum ReferralSource {

	SELF, PARENT_OR_CARER, SCHOOL, POLICE, CHILDRENS_SOCIAL_CARE, HEALTH, CAMHS, YOUTH_SERVICE, VOLUNTARY_SECTOR, OTHER

}
