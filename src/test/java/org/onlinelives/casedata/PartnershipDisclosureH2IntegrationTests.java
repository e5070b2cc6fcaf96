package org.onlinelives.casedata;

/**
 * The partnership's releases set side by side, on H2.
 */
class PartnershipDisclosureH2IntegrationTests extends PartnershipDisclosureScenarios {

}
