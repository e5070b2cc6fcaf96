package org.onlinelives.platform.accesslog;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class SignInFailuresPostgresIntegrationTests extends SignInFailuresScenarios {

}
