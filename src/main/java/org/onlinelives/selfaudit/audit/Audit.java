package org.onlinelives.selfaudit.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One agency's audit in one cycle. Owns the status: IN_PROGRESS → SUBMITTED → IN_QA →
 * AGREED → SIGNED_OFF, and refuses any other move. Its statements are aggregates of their
 * own ({@link AuditStatement}) so that two people can work on different statements at
 * once; they ask the audit whether a change is allowed.
 */
@Table("audit")
public class Audit {

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long auditCycleId;

	private String frameworkVersion;

	private AuditStatus status;

	private Long startedBy;

	private Instant startedAt;

	private Long submittedBy;

	private Instant submittedAt;

	private Instant agreedAt;

	private Long signedOffBy;

	private Instant signedOffAt;

	@MappedCollection(idColumn = "audit_id")
	private Set<SectionAssignment> assignments;

	@Version
	private Long version;

	@PersistenceCreator
	Audit(Long id, Long partnershipId, Long agencyId, Long auditCycleId, String frameworkVersion, AuditStatus status,
			Long startedBy, Instant startedAt, Long submittedBy, Instant submittedAt, Instant agreedAt,
			Long signedOffBy, Instant signedOffAt, Set<SectionAssignment> assignments, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.auditCycleId = auditCycleId;
		this.frameworkVersion = frameworkVersion;
		this.status = status;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.agreedAt = agreedAt;
		this.signedOffBy = signedOffBy;
		this.signedOffAt = signedOffAt;
		this.assignments = new HashSet<>(assignments);
		this.version = version;
	}

	/**
	 * Starts an agency's audit in a cycle, against the cycle's framework version.
	 * @throws AuditRuleException when the cycle was not opened for the agency
	 */
	public static Audit start(AuditCycle cycle, Long agencyId, Long startedBy, Instant now) {
		if (!cycle.includes(agencyId)) {
			throw new AuditRuleException("selfaudit.audit.notInCycle",
					"The cycle " + cycle.getName() + " was not opened for this agency");
		}
		return new Audit(null, cycle.getPartnershipId(), agencyId, cycle.getId(), cycle.getFrameworkVersion(),
				AuditStatus.IN_PROGRESS, startedBy, now, null, null, null, null, null, Set.of(), null);
	}

	/**
	 * Scores, evidence and assignments may change only while the agency is completing it.
	 */
	public void ensureOpenForAnswers() {
		if (this.status != AuditStatus.IN_PROGRESS) {
			throw new AuditRuleException(
					(this.status == AuditStatus.SIGNED_OFF) ? "selfaudit.audit.signedOff" : "selfaudit.audit.submitted",
					"Audit " + this.id + " is " + this.status + "; answers can no longer change");
		}
	}

	public void ensureInQa() {
		if (this.status != AuditStatus.IN_QA) {
			throw new AuditRuleException(
					(this.status == AuditStatus.SIGNED_OFF) ? "selfaudit.audit.signedOff" : "selfaudit.qa.notInQa",
					"Audit " + this.id + " is " + this.status + ", not in QA");
		}
	}

	/**
	 * Submits the audit for QA once every statement is scored.
	 * @param statements the audit's statements
	 * @throws AuditRuleException when already submitted or not every statement is scored
	 */
	public void submit(Collection<AuditStatement> statements, Long by, Instant now) {
		if (this.status.isSubmitted()) {
			throw new AuditRuleException("selfaudit.submit.already", "Audit " + this.id + " was already submitted");
		}
		long scored = statements.stream().filter(AuditStatement::isScored).count();
		int required = AuditFramework.SECTION_COUNT * AuditFramework.STATEMENTS_PER_SECTION;
		if (scored < required) {
			throw new AuditRuleException("selfaudit.submit.incomplete",
					"Only " + scored + " of " + required + " statements are scored", scored, required);
		}
		List<String> withoutEvidence = statements.stream()
			.filter((statement) -> AuditStatement.lacksEvidence(statement.getScore(), statement.getEvidence()))
			.map(AuditStatement::getStatementNumber)
			.sorted(java.util.Comparator.comparing(Audit::numberOrder))
			.toList();
		if (!withoutEvidence.isEmpty()) {
			throw new AuditRuleException("selfaudit.submit.evidenceMissing",
					"Statements scored 3 or 4 without evidence: " + withoutEvidence,
					String.join(", ", withoutEvidence));
		}
		moveTo(AuditStatus.SUBMITTED);
		this.submittedBy = by;
		this.submittedAt = now;
	}

	/**
	 * A reviewer's first decision takes a submitted audit into QA; later ones leave it
	 * there.
	 */
	public void beginQa() {
		if (this.status == AuditStatus.SUBMITTED) {
			moveTo(AuditStatus.IN_QA);
		}
		ensureInQa();
	}

	/**
	 * Records that every score is agreed.
	 * @throws AuditRuleException when not in QA or any statement is not yet agreed
	 */
	public void agree(Collection<AuditStatement> statements, Instant now) {
		ensureInQa();
		long open = statements.stream().filter((statement) -> !statement.isAgreed()).count();
		if (open > 0 || statements.isEmpty()) {
			throw new AuditRuleException("selfaudit.agree.open", open + " statements are not yet agreed", open);
		}
		moveTo(AuditStatus.AGREED);
		this.agreedAt = now;
	}

	/**
	 * Signs the audit off; from then on it is read-only.
	 * @throws AuditRuleException unless the scores are agreed
	 */
	public void signOff(Long by, Instant now) {
		if (this.status == AuditStatus.SIGNED_OFF) {
			throw new AuditRuleException("selfaudit.signOff.already", "Audit " + this.id + " is already signed off");
		}
		if (this.status != AuditStatus.AGREED) {
			throw new AuditRuleException("selfaudit.signOff.notAgreed",
					"Audit " + this.id + " is " + this.status + "; only agreed audits can be signed off");
		}
		moveTo(AuditStatus.SIGNED_OFF);
		this.signedOffBy = by;
		this.signedOffAt = now;
	}

	/** Shares a section out to a colleague; the caller checks the colleague's agency. */
	public void assignSection(int sectionNumber, Long userId) {
		ensureOpenForAnswers();
		checkSection(sectionNumber);
		this.assignments.removeIf((assignment) -> assignment.sectionNumber() == sectionNumber);
		if (userId != null) {
			this.assignments.add(new SectionAssignment(sectionNumber, userId));
		}
	}

	public Optional<Long> assigneeOf(int sectionNumber) {
		return this.assignments.stream()
			.filter((assignment) -> assignment.sectionNumber() == sectionNumber)
			.map(SectionAssignment::userId)
			.findFirst();
	}

	public boolean isReadOnly() {
		return this.status == AuditStatus.SIGNED_OFF;
	}

	private static int numberOrder(String number) {
		String[] parts = number.split("\\.");
		return Integer.parseInt(parts[0]) * 100 + Integer.parseInt(parts[1]);
	}

	private void moveTo(AuditStatus next) {
		if (!this.status.canMoveTo(next)) {
			throw new AuditRuleException("selfaudit.audit.illegalMove",
					"Audit " + this.id + " cannot move from " + this.status + " to " + next);
		}
		this.status = next;
	}

	private static void checkSection(int sectionNumber) {
		if (sectionNumber < 1 || sectionNumber > AuditFramework.SECTION_COUNT) {
			throw new IllegalArgumentException("No section " + sectionNumber);
		}
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

	public Long getAuditCycleId() {
		return this.auditCycleId;
	}

	public String getFrameworkVersion() {
		return this.frameworkVersion;
	}

	public AuditStatus getStatus() {
		return this.status;
	}

	public Long getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getAgreedAt() {
		return this.agreedAt;
	}

	public Long getSignedOffBy() {
		return this.signedOffBy;
	}

	public Instant getSignedOffAt() {
		return this.signedOffAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
