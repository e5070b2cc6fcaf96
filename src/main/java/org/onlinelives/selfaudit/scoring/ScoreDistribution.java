package org.onlinelives.selfaudit.scoring;

import java.util.List;
import java.util.OptionalInt;

/**
 * How many agencies gave each score, 0 to 4, to one statement; empty when too few
 * agencies scored it for the counts to be shown safely.
 *
 * @param statementNumber the statement number
 * @param agencyCount how many agencies scored the statement
 * @param agenciesAtScore the count of agencies at score 0, 1, 2, 3 and 4; empty when
 * suppressed
 */
public record ScoreDistribution(String statementNumber, int agencyCount, List<Integer> agenciesAtScore) {

	public ScoreDistribution {
		agenciesAtScore = List.copyOf(agenciesAtScore);
	}

	public boolean isSuppressed() {
		return this.agenciesAtScore.isEmpty();
	}

	public OptionalInt agenciesAt(int score) {
		return isSuppressed() ? OptionalInt.empty() : OptionalInt.of(this.agenciesAtScore.get(score));
	}

}
