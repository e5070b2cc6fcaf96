package org.onlinelives.families.web;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class FamiliesPostgresIntegrationTests extends FamiliesScenarios {

}
