package org.onlinelives.workforce.training;

/**
 * An agency's training coverage as other modules see it: the partnership's target and how
 * many of the agency's practitioners meet it.
 */
public record AgencyCoverage(TrainingLevel level, int targetPercent, int practitioners, int covered, int percent,
		boolean meetsTarget) {
}
