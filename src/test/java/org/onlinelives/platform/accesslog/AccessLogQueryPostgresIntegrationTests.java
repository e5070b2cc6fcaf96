package org.onlinelives.platform.accesslog;

import org.onlinelives.support.PostgresTest;

@PostgresTest
class AccessLogQueryPostgresIntegrationTests extends AccessLogQueryScenarios {

}
