package org.onlinelives.workforce.web;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class TrainingPostgresIntegrationTests extends TrainingScenarios {

}
