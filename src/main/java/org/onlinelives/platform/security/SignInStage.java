package org.onlinelives.platform.security;

/**
 * Authorities that mark how far through sign-in a person is. Only {@link #SIGNED_IN}
 * opens the application; the other two open just the page that completes sign-in.
 */
public final class SignInStage {

	public static final String SIGNED_IN = "SIGNED_IN";

	public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

	public static final String SECOND_FACTOR_SET_UP_REQUIRED = "SECOND_FACTOR_SET_UP_REQUIRED";

	private SignInStage() {
	}

}
