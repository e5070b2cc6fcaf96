package org.onlinelives.platform.people;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class DormantAccountsPostgresIntegrationTests extends DormantAccountsScenarios {

}
