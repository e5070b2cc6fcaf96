package org.onlinelives.platform.people;

class DormantAccountsH2IntegrationTests extends DormantAccountsScenarios {

}
