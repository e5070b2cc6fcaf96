package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * Someone half-way through sign-in is sent on to the step they still need; anyone else
 * sees the service's 403 page.
 */
@Component
class SignInStageAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_PENDING)) {
			response.sendRedirect(request.getContextPath() + "/sign-in/code");
		}
		else if (SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_SET_UP_REQUIRED)) {
			response.sendRedirect(request.getContextPath() + "/account/two-factor/set-up");
		}
		else {
			this.forbidden.handle(request, response, denied);
		}
	}

}
