package org.onlinelives.platform.security;

import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Moves a person between the stages of sign-in by replacing the authentication in their
 * session.
 */
@Component
public class SignInStages {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts;

	SignInStages(SecurityContextRepository contexts) {
		this.contexts = contexts;
	}

	/** Session attribute naming how the first step was passed, for the access log. */
	private static final String FIRST_FACTOR = "signIn.firstFactor";

	void awaitSecondFactor(SignedInUser user, String firstFactor, HttpServletRequest request,
			HttpServletResponse response) {
		store(user, List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_PENDING)), request, response);
		request.getSession().setAttribute(FIRST_FACTOR, firstFactor);
	}

	void requireSecondFactorSetUp(SignedInUser user, String firstFactor, HttpServletRequest request,
			HttpServletResponse response) {
		store(user, List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_SET_UP_REQUIRED)), request, response);
		request.getSession().setAttribute(FIRST_FACTOR, firstFactor);
	}

	/**
	 * How a person half-way through sign-in passed the first step: a password or single
	 * sign-on.
	 */
	static String firstFactor(HttpServletRequest request) {
		Object firstFactor = (request.getSession(false) != null) ? request.getSession(false).getAttribute(FIRST_FACTOR)
				: null;
		return (firstFactor != null) ? firstFactor.toString() : SignInSuccessRouting.PASSWORD;
	}

	/**
	 * Forgets a first step that has been refused: the session it was recorded in ends.
	 */
	void forget(HttpServletRequest request, HttpServletResponse response) {
		this.holder.clearContext();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		this.contexts.saveContext(this.holder.createEmptyContext(), request, response);
	}

	/** Completes sign-in. A new session id guards against fixation at this step too. */
	public void completeSignIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		store(user, user.fullAuthorities(), request, response);
	}

	public static boolean hasStage(Authentication authentication, String stage) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch((a) -> stage.equals(a.getAuthority()));
	}

	private void store(SignedInUser user, Collection<? extends GrantedAuthority> authorities,
			HttpServletRequest request, HttpServletResponse response) {
		// the session is stored in the database: never the password hash with it
		user.eraseCredentials();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
