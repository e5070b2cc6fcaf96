package org.onlinelives.casedata.casestudies.web;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * The case study controllers, for the case data web slice (in another package), so the
 * module keeps one test context. The draft page's model is mocked (reset after each
 * test): its tests check the controllers' binding and calls, not the draft's rendering.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CaseStudyDecisionController.class, CaseStudyDraftsController.class, CaseStudyLibraryController.class,
		CaseStudyRedactionController.class })
public class CaseStudiesWebParts {

	@Bean
	DraftPage draftPage() {
		return Mockito.mock(DraftPage.class, MockReset.withSettings(MockReset.AFTER));
	}

}
