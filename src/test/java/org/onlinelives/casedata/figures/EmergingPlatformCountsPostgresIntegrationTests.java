package org.onlinelives.casedata.figures;

import org.onlinelives.support.PostgresTest;

/**
 * Emerging platforms' two-quarter reading on PostgreSQL.
 */
@PostgresTest
class EmergingPlatformCountsPostgresIntegrationTests extends EmergingPlatformCountsScenarios {

}
