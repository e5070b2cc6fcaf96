package org.onlinelives.selfaudit.audit;

import java.time.Clock;
import java.util.List;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA of a submitted audit (PRODUCT.md §3): a reviewer confirms or challenges each score;
 * the agency accepts a challenge or answers it; once every score is agreed the audit is
 * agreed and then signed off.
 */
@Service
public class AuditQa {

	private final Audits audits;

	private final AuditStatements statements;

	private final ScoreHistory history;

	private final SelfAudits selfAudits;

	private final AccessLog accessLog;

	private final Clock clock;

	AuditQa(Audits audits, AuditStatements statements, ScoreHistory history, SelfAudits selfAudits, AccessLog accessLog,
			Clock clock) {
		this.audits = audits;
		this.statements = statements;
		this.history = history;
		this.selfAudits = selfAudits;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** An audit the person reviews; any other is not found. */
	public Audit reviewable(SignedInUser reviewer, long auditId) {
		Audit audit = this.selfAudits.viewable(reviewer, auditId);
		if (!AuditAccess.canReview(reviewer, audit)) {
			throw new RecordNotFoundException("audit", auditId);
		}
		return audit;
	}

	public AuditStatement statement(Audit audit, String number) {
		return this.statements.find(audit.getPartnershipId(), audit.getId(), number)
			.orElseThrow(() -> new RecordNotFoundException("audit-statement", number));
	}

	@Transactional
	public void confirm(SignedInUser reviewer, Audit audit, String number) {
		requireReviewer(reviewer, audit);
		audit.beginQa();
		AuditStatement statement = statement(audit, number);
		this.history.record(audit.getId(),
				statement.confirm(audit, reviewer.id(), reviewer.displayName(), this.clock.instant()));
		save(reviewer, audit, statement, "statement " + number + " confirmed");
	}

	/**
	 * Confirms every statement still waiting for the reviewer, so only challenges take a
	 * page each.
	 */
	@Transactional
	public int confirmRemaining(SignedInUser reviewer, Audit audit) {
		requireReviewer(reviewer, audit);
		audit.beginQa();
		int confirmed = 0;
		for (AuditStatement statement : this.selfAudits.statements(audit).values()) {
			if (statement.getQaState() == QaState.NOT_REVIEWED) {
				this.history.record(audit.getId(),
						statement.confirm(audit, reviewer.id(), reviewer.displayName(), this.clock.instant()));
				this.statements.save(statement);
				confirmed++;
			}
		}
		this.audits.save(audit);
		this.accessLog.record(reviewer, AccessEvent.RECORD_CHANGED, "audit", audit.getId(),
				confirmed + " statements confirmed");
		return confirmed;
	}

	@Transactional
	public void challenge(SignedInUser reviewer, Audit audit, String number, String comment, Integer proposed) {
		requireReviewer(reviewer, audit);
		audit.beginQa();
		AuditStatement statement = statement(audit, number);
		statement.challenge(audit, comment, proposed);
		save(reviewer, audit, statement, "statement " + number + " challenged");
	}

	@Transactional
	public void acceptChallenge(SignedInUser lead, Audit audit, String number) {
		requireLead(lead, audit);
		AuditStatement statement = statement(audit, number);
		this.history.record(audit.getId(),
				statement.acceptChallenge(audit, lead.id(), lead.displayName(), this.clock.instant()));
		save(lead, audit, statement, "challenge to " + number + " accepted");
	}

	@Transactional
	public void answerChallenge(SignedInUser lead, Audit audit, String number, String response) {
		requireLead(lead, audit);
		AuditStatement statement = statement(audit, number);
		statement.answerChallenge(audit, response);
		save(lead, audit, statement, "challenge to " + number + " answered");
	}

	@Transactional
	public void proposeOtherScore(SignedInUser lead, Audit audit, String number, Integer proposed, String reason) {
		requireLead(lead, audit);
		AuditStatement statement = statement(audit, number);
		statement.proposeOtherScore(audit, proposed, reason);
		save(lead, audit, statement, "score " + proposed + " proposed for " + number);
	}

	/** The statements a reviewer has not looked at yet, in published order. */
	public List<AuditStatement> notReviewed(Audit audit) {
		return this.selfAudits.statements(audit)
			.values()
			.stream()
			.filter((statement) -> statement.getQaState() == QaState.NOT_REVIEWED)
			.toList();
	}

	@Transactional
	public void agree(SignedInUser reviewer, Audit audit) {
		requireReviewer(reviewer, audit);
		audit.agree(List.copyOf(this.selfAudits.statements(audit).values()), this.clock.instant());
		this.audits.save(audit);
		this.accessLog.record(reviewer, AccessEvent.RECORD_CHANGED, "audit", audit.getId(), "scores agreed");
	}

	@Transactional
	public void signOff(SignedInUser reviewer, Audit audit) {
		requireReviewer(reviewer, audit);
		audit.signOff(reviewer.id(), this.clock.instant());
		this.audits.save(audit);
		this.accessLog.record(reviewer, AccessEvent.RECORD_CHANGED, "audit", audit.getId(), "audit signed off");
	}

	private void save(SignedInUser actor, Audit audit, AuditStatement statement, String detail) {
		this.statements.save(statement);
		this.audits.save(audit);
		this.accessLog.record(actor, AccessEvent.RECORD_CHANGED, "audit", audit.getId(), detail);
	}

	private static void requireReviewer(SignedInUser reviewer, Audit audit) {
		if (!AuditAccess.canReview(reviewer, audit)) {
			throw new RecordNotFoundException("audit", audit.getId());
		}
	}

	private static void requireLead(SignedInUser lead, Audit audit) {
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new RecordNotFoundException("audit", audit.getId());
		}
	}

}
