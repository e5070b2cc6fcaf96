package org.onlinelives.casedata;

import org.onlinelives.support.PostgresTest;

/**
 * The partnership's releases set side by side, on PostgreSQL.
 */
@PostgresTest
class PartnershipDisclosurePostgresIntegrationTests extends PartnershipDisclosureScenarios {

}
