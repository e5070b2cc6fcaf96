package org.onlinelives.assessment.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The assessment's web set-up: every file upload to its pages and API is refused before a
 * controller sees it ({@link UploadRefusal}).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UploadRefusal()).addPathPatterns("/young-people/**", "/api/**", "/api-tokens/**");
	}

}
