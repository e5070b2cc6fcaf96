package org.onlinelives.platform.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;

/**
 * A module's part of the home page: panels of things waiting for this person, and the
 * tasks an administrator works through to set the partnership up. The home page knows no
 * module's URLs; each module says what it adds.
 */
public interface HomeContributor {

	/** Lower numbers come first. */
	int order();

	/**
	 * Parts of the page this module draws itself, shown above everything else (for work
	 * that must not wait); empty when the module has nothing for this person.
	 */
	default List<HomeFragment> fragmentsFor(SignedInUser user) {
		return List.of();
	}

	/** Panels for this person; empty when the module has nothing for them. */
	default List<HomePanel> panelsFor(SignedInUser user) {
		return List.of();
	}

	/** This module's steps in setting up a partnership, for administrators. */
	default List<SetUpTask> setUpTasksFor(SignedInUser administrator) {
		return List.of();
	}

}
