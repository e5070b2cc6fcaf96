package org.onlinelives.assessment;

import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.rules.AssessmentRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The catalogue and rules as beans. A broken catalogue stops the application starting
 * rather than showing a practitioner wrong prompts. Springdoc is told to document only
 * the JSON API ({@code assessment-api.properties}).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:assessment/assessment-api.properties")
class AssessmentConfiguration {

	@Bean
	Catalogue assessmentCatalogue() {
		return CatalogueLoader.loadCurrent();
	}

	@Bean
	AssessmentRules assessmentRules(Catalogue catalogue) {
		return new AssessmentRules(catalogue);
	}

}
