package org.onlinelives.selfaudit.web;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class SelfAuditPostgresIntegrationTests extends SelfAuditScenarios {

}
