package org.onlinelives.workforce.web;

class TrainingH2IntegrationTests extends TrainingScenarios {

}
