package org.onlinelives.platform;

class PlatformH2IntegrationTests extends PlatformScenarios {

}
