package org.onlinelives.assessment.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} as the person who made the token,
 * with their full authorities. A request without the header goes on unauthenticated (and
 * the API chain answers 401); a request with a bad token is answered 401 here.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ApiProblemWriter problems;

	BearerTokenFilter(ApiTokenService tokens, ApiProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? header.substring(BEARER.length()).strip() : null;
		Optional<User> user = (secret != null) ? this.tokens.authenticate(secret) : Optional.empty();
		if (user.isEmpty()) {
			this.tokens.refused(secret, request.getRemoteAddr());
			this.problems.write(response, ApiProblem.of(401, "Unauthorized",
					"The bearer token is not valid: it may be mistyped or revoked. Make a new one at /api-tokens."));
			return;
		}
		SignedInUser principal = new SignedInUser(user.get(), false, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
