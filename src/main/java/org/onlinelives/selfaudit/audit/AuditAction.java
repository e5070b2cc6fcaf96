package org.onlinelives.selfaudit.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action in an agency's plan: proposed for a low-scoring statement or added by the
 * agency, with an owner, a due date, a status and notes on progress.
 */
@Table("audit_action")
public class AuditAction {

	public static final int MAX_DESCRIPTION = 1000;

	public static final int MAX_NOTES = 4000;

	public static final int MAX_ESCALATION_REASON = 1000;

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long auditId;

	private String statementNumber;

	private String description;

	private Long ownerId;

	private LocalDate dueDate;

	private ActionStatus status;

	private String progressNotes;

	private Instant createdAt;

	private Instant escalatedAt;

	private Long escalatedBy;

	private String escalationReason;

	@Version
	private Long version;

	@PersistenceCreator
	AuditAction(Long id, Long partnershipId, Long agencyId, Long auditId, String statementNumber, String description,
			Long ownerId, LocalDate dueDate, ActionStatus status, String progressNotes, Instant createdAt,
			Instant escalatedAt, Long escalatedBy, String escalationReason, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.auditId = auditId;
		this.statementNumber = statementNumber;
		this.description = description;
		this.ownerId = ownerId;
		this.dueDate = dueDate;
		this.status = status;
		this.progressNotes = progressNotes;
		this.createdAt = createdAt;
		this.escalatedAt = escalatedAt;
		this.escalatedBy = escalatedBy;
		this.escalationReason = escalationReason;
		this.version = version;
	}

	/**
	 * Adds an action to the plan of a submitted audit.
	 * @throws AuditRuleException before submission, when there are no scores to act on
	 */
	public static AuditAction add(Audit audit, String statementNumber, String description, Long ownerId,
			LocalDate dueDate, ActionStatus status, String progressNotes, Instant now) {
		if (!audit.getStatus().isSubmitted()) {
			throw new AuditRuleException("selfaudit.actions.notSubmitted", "Actions follow a submitted audit");
		}
		AuditAction action = new AuditAction(null, audit.getPartnershipId(), audit.getAgencyId(), audit.getId(),
				statementNumber, null, null, null, null, null, now, null, null, null, null);
		action.change(description, ownerId, dueDate, status, progressNotes);
		return action;
	}

	public void change(String description, Long ownerId, LocalDate dueDate, ActionStatus status, String progressNotes) {
		if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
			throw new IllegalArgumentException(
					"An action needs a description of up to " + MAX_DESCRIPTION + " characters");
		}
		if (progressNotes != null && progressNotes.strip().length() > MAX_NOTES) {
			throw new IllegalArgumentException("Progress notes may be up to " + MAX_NOTES + " characters");
		}
		this.description = description.strip();
		this.ownerId = ownerId;
		this.dueDate = dueDate;
		this.status = (status != null) ? status : ActionStatus.NOT_STARTED;
		this.progressNotes = (progressNotes == null || progressNotes.isBlank()) ? null : progressNotes.strip();
	}

	/**
	 * Asks the partnership to take the action into its online-safety plan, because the
	 * agency cannot resolve it alone.
	 * @throws AuditRuleException when it was escalated already, is done, or the reason is
	 * missing or too long
	 */
	public void escalate(String reason, Long lead, Instant now) {
		if (isEscalated()) {
			throw new AuditRuleException("selfaudit.escalation.already", "Already escalated");
		}
		if (!this.status.isOpen()) {
			throw new AuditRuleException("selfaudit.escalation.done", "A done action needs no partnership action");
		}
		String clean = (reason != null) ? reason.strip() : "";
		if (clean.isEmpty()) {
			throw new AuditRuleException("selfaudit.escalation.reason.required", "Say why");
		}
		if (clean.length() > MAX_ESCALATION_REASON) {
			throw new AuditRuleException("selfaudit.escalation.reason.tooLong", "Reason too long");
		}
		this.escalatedAt = now;
		this.escalatedBy = lead;
		this.escalationReason = clean;
	}

	public boolean isEscalated() {
		return this.escalatedAt != null;
	}

	/** Overdue: past its due date and not done. */
	public boolean isOverdue(LocalDate today) {
		return this.status.isOpen() && this.dueDate != null && this.dueDate.isBefore(today);
	}

	/** From an earlier audit of the agency and still open: it carries into this one. */
	public boolean isCarriedInto(Audit audit) {
		return !this.auditId.equals(audit.getId()) && this.status.isOpen();
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public Long getAuditId() {
		return this.auditId;
	}

	public String getStatementNumber() {
		return this.statementNumber;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public String getProgressNotes() {
		return this.progressNotes;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public Long getEscalatedBy() {
		return this.escalatedBy;
	}

	public String getEscalationReason() {
		return this.escalationReason;
	}

	public Long getVersion() {
		return this.version;
	}

}
