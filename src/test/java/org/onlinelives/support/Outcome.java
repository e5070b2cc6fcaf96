package org.onlinelives.support;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What an authorization matrix expects of a call.
 */
public enum Outcome {

	/** Sent to sign in. */
	LOGIN,
	/**
	 * Allowed: a page, a redirect other than to sign-in, or a form shown again with
	 * errors.
	 */
	OK,
	/** Asked for a credential (HTTP basic), as the metrics endpoint does: 401. */
	CREDENTIALS,
	/** Refused for the role: 403. */
	FORBIDDEN,
	/** Outside the caller's scope, or no such record: 404. */
	NOT_FOUND;

	public static Outcome of(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status == 302 && location != null && location.contains("/sign-in")) {
			return LOGIN;
		}
		if (status == 401) {
			return CREDENTIALS;
		}
		if (status == 403) {
			return FORBIDDEN;
		}
		if (status == 404) {
			return NOT_FOUND;
		}
		if (status >= 200 && status < 400) {
			return OK;
		}
		throw new AssertionError("Unexpected status " + status + " (" + response.getErrorMessage() + ")");
	}

}
