package org.onlinelives.platform;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class PlatformPostgresIntegrationTests extends PlatformScenarios {

}
