package org.onlinelives.selfaudit.web;

class SelfAuditH2IntegrationTests extends SelfAuditScenarios {

}
