package org.onlinelives.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FormErrorsInterceptor formErrors;

	private final DownloadLimitInterceptor downloadLimits;

	WebConfiguration(FormErrorsInterceptor formErrors, DownloadLimitInterceptor downloadLimits) {
		this.formErrors = formErrors;
		this.downloadLimits = downloadLimits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.formErrors);
		registry.addInterceptor(this.downloadLimits);
	}

	/**
	 * Keeps Spring Boot from rewriting every link through the resource chain. With the
	 * WebJars locator on the classpath Boot registers {@link ResourceUrlEncodingFilter},
	 * which for each {@code @{...}} link on a page asks every matching resource handler
	 * to resolve it, and a miss (every link that is not a static file) is looked up on
	 * the class path again on every request. In the packaged jar that was most of the CPU
	 * time of a page render. We use no versioned URLs, and version-less WebJar paths
	 * still resolve when the browser fetches them, so the filter bought nothing.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterRegistration() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
