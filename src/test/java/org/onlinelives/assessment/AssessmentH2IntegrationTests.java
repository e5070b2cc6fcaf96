package org.onlinelives.assessment;

/**
 * The assessment scenarios on H2.
 */
class AssessmentH2IntegrationTests extends AssessmentScenarios {

}
