package org.onlinelives.casedata;

import org.onlinelives.support.PostgresTest;

/**
 * The case data scenarios on PostgreSQL.
 */
@PostgresTest
class CaseDataPostgresIntegrationTests extends CaseDataScenarios {

}
