package org.onlinelives.casedata.figures;

import org.onlinelives.support.PostgresTest;

/**
 * The dashboard's figures on PostgreSQL.
 */
@PostgresTest
class CaseFiguresPostgresIntegrationTests extends CaseFiguresScenarios {

}
