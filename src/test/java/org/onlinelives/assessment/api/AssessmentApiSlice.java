package org.onlinelives.assessment.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The assessment JSON API's controller and security chain, so the assessment web slice
 * (in another package) holds the API too and the module keeps one test context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AssessmentApiController.class, ApiSecuritySlice.class })
public class AssessmentApiSlice {

}
