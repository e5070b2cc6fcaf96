package org.onlinelives.retention;

/**
 * The retention scenarios on H2.
 */
class RetentionH2IntegrationTests extends RetentionScenarios {

}
