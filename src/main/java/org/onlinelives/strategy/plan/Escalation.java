package org.onlinelives.strategy.plan;

import java.time.Instant;

import org.onlinelives.selfaudit.AuditActionEscalated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The plan's copy of an agency's audit action escalated into it: the statement it
 * answers, the agency's action and reason, and, once an administrator has placed it, the
 * plan action that takes it forward.
 */
@Table("plan_escalation")
public class Escalation {

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long auditId;

	private Long auditActionId;

	private String statementNumber;

	private String statementText;

	private Integer score;

	private String actionDescription;

	private String reason;

	private Instant escalatedAt;

	private Long planActionId;

	private Long placedBy;

	private Instant placedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Escalation(Long id, Long partnershipId, Long agencyId, Long auditId, Long auditActionId, String statementNumber,
			String statementText, Integer score, String actionDescription, String reason, Instant escalatedAt,
			Long planActionId, Long placedBy, Instant placedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.auditId = auditId;
		this.auditActionId = auditActionId;
		this.statementNumber = statementNumber;
		this.statementText = statementText;
		this.score = score;
		this.actionDescription = actionDescription;
		this.reason = reason;
		this.escalatedAt = escalatedAt;
		this.planActionId = planActionId;
		this.placedBy = placedBy;
		this.placedAt = placedAt;
		this.version = version;
	}

	static Escalation received(AuditActionEscalated event) {
		return new Escalation(null, event.partnershipId(), event.agencyId(), event.auditId(), event.auditActionId(),
				event.statementNumber(), event.statementText(), event.score(), event.actionDescription(),
				event.reason(), event.escalatedAt(), null, null, null, null);
	}

	/**
	 * Places the escalation under a plan action of the same partnership.
	 * @throws StrategyRuleException when it has already been placed
	 */
	void placeUnder(PlanAction action, Long administrator, Instant now) {
		if (isPlaced()) {
			throw new StrategyRuleException(null, "strategy.escalation.alreadyPlaced");
		}
		if (!action.getPartnershipId().equals(this.partnershipId)) {
			throw new IllegalArgumentException("A plan action of another partnership");
		}
		this.planActionId = action.getId();
		this.placedBy = administrator;
		this.placedAt = now;
	}

	public boolean isPlaced() {
		return this.planActionId != null;
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

	public Long getAuditActionId() {
		return this.auditActionId;
	}

	public String getStatementNumber() {
		return this.statementNumber;
	}

	public String getStatementText() {
		return this.statementText;
	}

	public Integer getScore() {
		return this.score;
	}

	public String getActionDescription() {
		return this.actionDescription;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public Long getPlanActionId() {
		return this.planActionId;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
