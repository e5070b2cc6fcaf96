package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a session that {@link Sessions} has ended, on whichever node its next request
 * arrives, and sends the person to the sign-in page with a message saying why. It reads
 * the mark from the session the request has already loaded, so it costs no query.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(Sessions.ENDED) != null) {
			session.invalidate();
			SecurityContextHolder.getContextHolderStrategy().clearContext();
			response.sendRedirect(request.getContextPath() + "/sign-in?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}
