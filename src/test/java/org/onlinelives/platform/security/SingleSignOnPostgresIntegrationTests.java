package org.onlinelives.platform.security;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class SingleSignOnPostgresIntegrationTests extends SingleSignOnScenarios {

}
