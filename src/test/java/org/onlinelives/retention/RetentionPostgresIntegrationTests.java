package org.onlinelives.retention;

import org.onlinelives.support.PostgresTest;

/**
 * The retention scenarios on PostgreSQL, where the access log's delete trigger is
 * PL/pgSQL.
 */
@PostgresTest
class RetentionPostgresIntegrationTests extends RetentionScenarios {

}
