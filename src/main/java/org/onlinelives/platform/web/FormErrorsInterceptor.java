package org.onlinelives.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the layout when a page shows a form with errors, so its title starts with "Error:
 * " as the GOV.UK Design System asks.
 */
@Component
class FormErrorsInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "formHasErrors";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		// a page whose errors are not in a BindingResult (sign-in, say) sets it itself
		boolean errors = Boolean.TRUE.equals(modelAndView.getModel().get(ATTRIBUTE)) || modelAndView.getModel()
			.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result && result.hasErrors());
		modelAndView.addObject(ATTRIBUTE, errors);
	}

}
