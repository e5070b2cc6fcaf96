package org.onlinelives.workforce.bulletins;

import java.time.Instant;

/**
 * An agency's code-of-conduct coverage as other modules see it: the version in force and
 * how many of the agency's active staff have acknowledged it.
 *
 * @param versionNumber the current version, or null when the partnership has not
 * published a code yet
 * @param publishedAt when the current version was published, or null
 */
public record AgencyConductCoverage(Integer versionNumber, Instant publishedAt, int staff, int acknowledged,
		int percent) {

	public boolean published() {
		return this.versionNumber != null;
	}

}
