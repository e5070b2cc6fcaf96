package org.onlinelives.strategy;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class StrategyPostgresIntegrationTests extends StrategyScenarios {

}
