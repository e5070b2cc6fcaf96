package org.onlinelives.platform.accesslog;

class SignInFailuresH2IntegrationTests extends SignInFailuresScenarios {

}
