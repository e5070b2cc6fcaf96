package org.onlinelives.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onlinelives.platform.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AssessmentWebConfiguration implements WebMvcConfigurer {

	static final String HOME_VIEW = "home/home";

	private final ObjectProvider<UrgentPromptsPanel> urgentPrompts;

	AssessmentWebConfiguration(ObjectProvider<UrgentPromptsPanel> urgentPrompts) {
		this.urgentPrompts = urgentPrompts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UploadRefusal()).addPathPatterns("/young-people/**", "/api/**", "/api-tokens/**");
		registry.addInterceptor(new HomePanel(this.urgentPrompts)).addPathPatterns("/");
	}

	/**
	 * Adds {@code urgentPrompts} to the home page's model for {@code home/panels.html}.
	 * Looked up lazily, so the platform's own slice tests of the home page, which do not
	 * load this module, still render it (without the panel).
	 */
	static final class HomePanel implements HandlerInterceptor {

		private final ObjectProvider<UrgentPromptsPanel> panel;

		HomePanel(ObjectProvider<UrgentPromptsPanel> panel) {
			this.panel = panel;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (modelAndView == null || !HOME_VIEW.equals(modelAndView.getViewName())) {
				return;
			}
			UrgentPromptsPanel urgent = this.panel.getIfAvailable();
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (urgent != null && authentication != null
					&& authentication.getPrincipal() instanceof SignedInUser user) {
				modelAndView.addObject("urgentPrompts", urgent.forUser(user));
			}
		}

	}

}
