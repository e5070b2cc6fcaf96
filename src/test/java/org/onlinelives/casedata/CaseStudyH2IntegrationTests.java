package org.onlinelives.casedata;

/**
 * The case study scenarios on H2.
 */
class CaseStudyH2IntegrationTests extends CaseStudyScenarios {

}
