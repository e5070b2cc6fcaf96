package org.onlinelives.assessment.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The JSON API's own security chain (bearer tokens, no CSRF, problem bodies), for web
 * slices whose controllers answer under /api. The slice mocks {@link ApiTokenService}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ApiSecurityConfiguration.class, ApiProblemWriter.class })
public class ApiSecuritySlice {

}
