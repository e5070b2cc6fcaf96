package org.onlinelives.selfaudit.web;

import java.util.Collection;
import java.util.Map;

import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.QaState;

/**
 * How far QA of an audit has gone, as the QA overview counts it.
 */
record QaProgress(long awaitingReviewer, long notReviewed, long challenged, boolean allAgreed) {

	static QaProgress of(Collection<AuditStatement> statements) {
		return new QaProgress(
				statements.stream().filter((statement) -> statement.getQaState().awaitsReviewer()).count(),
				statements.stream().filter((statement) -> statement.getQaState() == QaState.NOT_REVIEWED).count(),
				statements.stream().filter((statement) -> statement.getQaState() == QaState.CHALLENGED).count(),
				statements.stream().allMatch(AuditStatement::isAgreed));
	}

	Map<String, Object> asModel() {
		return Map.of("awaitingReviewer", this.awaitingReviewer, "notReviewed", this.notReviewed, "challenged",
				this.challenged, "allAgreed", this.allAgreed);
	}

}
