package org.onlinelives.platform.security;

import org.onlinelives.platform.organisation.Partnerships;
import org.springframework.stereotype.Component;

/**
 * Whether password sign-in is open. A partnership may turn it off only while single
 * sign-on is configured; should the installation later lose its single sign-on settings,
 * passwords work again, so no one is ever locked out.
 */
@Component
public class PasswordSignIn {

	private final Partnerships partnerships;

	private final SingleSignOnProperties singleSignOn;

	PasswordSignIn(Partnerships partnerships, SingleSignOnProperties singleSignOn) {
		this.partnerships = partnerships;
		this.singleSignOn = singleSignOn;
	}

	/**
	 * Whether the sign-in page shows the password form: unless single sign-on is
	 * configured and every partnership has turned passwords off.
	 */
	public boolean offeredOnSignInPage() {
		return !this.singleSignOn.configured() || this.partnerships.count() == 0
				|| this.partnerships.anyWithPasswordSignIn();
	}

	/** Whether this person, whose password is correct, may sign in with it. */
	boolean allowedFor(SignedInUser user) {
		return !this.singleSignOn.configured() || this.partnerships.findById(user.partnershipId())
			.map((partnership) -> partnership.isPasswordSignIn())
			.orElse(true);
	}

}
