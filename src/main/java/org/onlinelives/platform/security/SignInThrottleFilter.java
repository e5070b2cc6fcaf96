package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts for an account, or from an address, that has failed too often
 * recently, before any password is checked. Each refusal is counted, so the access log
 * can say how many there were.
 */
@Component
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(path.equals("/sign-in") || path.equals("/sign-in/code"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.throttle.isBlocked(request.getRemoteAddr(), accountTried(request))) {
			this.throttle.recordRefused(request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The email address typed at the password step, or the person half-way through
	 * sign-in at the code step.
	 */
	private static String accountTried(HttpServletRequest request) {
		String email = request.getParameter("email");
		if (email != null) {
			return email;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user.email()
				: "";
	}

}
