package org.onlinelives.casedata;

import org.onlinelives.support.PostgresTest;

/**
 * The case study scenarios on PostgreSQL.
 */
@PostgresTest
class CaseStudyPostgresIntegrationTests extends CaseStudyScenarios {

}
