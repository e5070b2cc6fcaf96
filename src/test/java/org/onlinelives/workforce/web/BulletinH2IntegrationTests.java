package org.onlinelives.workforce.web;

class BulletinH2IntegrationTests extends BulletinScenarios {

}
