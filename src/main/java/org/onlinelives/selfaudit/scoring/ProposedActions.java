package org.onlinelives.selfaudit.scoring;

import java.util.List;

/**
 * Proposes an action for every statement scored 0 (not at all) or 1 (very little), using
 * the statement's suggested action. Unscored statements get none: there is nothing yet to
 * act on.
 */
public final class ProposedActions {

	// PRODUCT.md §3: low scores propose actions; 0 and 1 are the low end of seed 000's
	// scale
	public static final int HIGHEST_SCORE_PROPOSING_ACTION = 1;

	private ProposedActions() {
	}

	public static List<ProposedAction> from(AuditScores audit) {
		return audit.scoredStatements()
			.stream()
			.filter((scored) -> scored.score() <= HIGHEST_SCORE_PROPOSING_ACTION)
			.map((scored) -> new ProposedAction(scored.statement(), scored.score(),
					scored.statement().suggestedAction()))
			.toList();
	}

}
