package org.onlinelives.casedata.figures;

/**
 * Emerging platforms' two-quarter reading on H2.
 */

class EmergingPlatformCountsH2IntegrationTests extends EmergingPlatformCountsScenarios {

}
