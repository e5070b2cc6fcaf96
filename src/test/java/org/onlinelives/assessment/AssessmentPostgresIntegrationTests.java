package org.onlinelives.assessment;

import org.onlinelives.support.PostgresTest;

/**
 * The assessment scenarios on PostgreSQL.
 */
@PostgresTest
class AssessmentPostgresIntegrationTests extends AssessmentScenarios {

}
