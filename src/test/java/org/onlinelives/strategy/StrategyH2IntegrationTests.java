package org.onlinelives.strategy;

class StrategyH2IntegrationTests extends StrategyScenarios {

}
