package org.onlinelives.platform.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;

/**
 * A module's links in the service navigation, shown to the people whose roles allow them.
 */
public interface NavigationContributor {

	/** Lower numbers come first. */
	int order();

	/** Path prefix and message key of each link this person may follow. */
	List<Link> linksFor(SignedInUser user);

	record Link(String path, String labelKey) {
	}

}
