package org.onlinelives.casedata;

/**
 * The case data scenarios on H2.
 */
class CaseDataH2IntegrationTests extends CaseDataScenarios {

}
