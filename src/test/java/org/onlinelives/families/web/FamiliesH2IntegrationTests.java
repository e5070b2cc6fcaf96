package org.onlinelives.families.web;

class FamiliesH2IntegrationTests extends FamiliesScenarios {

}
