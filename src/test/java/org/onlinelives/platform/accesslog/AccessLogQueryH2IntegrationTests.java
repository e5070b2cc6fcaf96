package org.onlinelives.platform.accesslog;

class AccessLogQueryH2IntegrationTests extends AccessLogQueryScenarios {

}
