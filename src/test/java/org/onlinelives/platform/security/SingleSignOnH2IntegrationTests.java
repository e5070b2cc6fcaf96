package org.onlinelives.platform.security;

class SingleSignOnH2IntegrationTests extends SingleSignOnScenarios {

}
