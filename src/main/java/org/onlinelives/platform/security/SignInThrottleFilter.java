package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from an address that has failed too often recently, before any
 * password is checked.
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
		if (this.throttle.isBlocked(request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

}
