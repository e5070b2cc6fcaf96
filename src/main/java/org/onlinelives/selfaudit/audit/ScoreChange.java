package org.onlinelives.selfaudit.audit;

import java.time.Instant;

/**
 * One change to a statement's score: who, when, from, to and why.
 *
 * @param statementNumber the statement, for example {@code 2.4}
 * @param fromScore the score before; {@code null} when it was not scored
 * @param toScore the score after
 * @param kind what kind of change it was
 * @param reason the reviewer's comment or the agency's reason, when there is one
 * @param changedBy who changed it
 * @param changedByName their name at the time
 * @param changedAt when
 */
public record ScoreChange(String statementNumber, Integer fromScore, Integer toScore, Kind kind, String reason,
		Long changedBy, String changedByName, Instant changedAt) {

	public enum Kind {

		/** The agency scored or re-scored the statement. */
		SCORED,
		/** The agency accepted the score a QA reviewer proposed. */
		CHALLENGE_ACCEPTED,
		/** The reviewer agreed the score the agency proposed in answer to a challenge. */
		AGENCY_PROPOSAL_AGREED,
		/** Reviewer and agency agreed the score. */
		AGREED;

		public String messageKey() {
			return "selfaudit.history.kind." + name();
		}

	}

}
