package org.onlinelives.selfaudit.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency's answer to one statement: score (0 to 4, or not yet scored), evidence and
 * links, and its QA. Versioned on its own, so a later save of the same statement by a
 * second person is refused rather than silently overwriting the first.
 */
@Table("audit_statement")
public class AuditStatement {

	public static final int MAX_EVIDENCE = 10_000;

	public static final int MAX_COMMENT = 2_000;

	/** From this score up, the agency says what shows it, or why nothing can. */
	public static final int EVIDENCE_REQUIRED_FROM = 3;

	/**
	 * Whether a score of 3 ("good evidence") or 4 ("strong evidence") has been given
	 * without any evidence or reason: seed 000's scale ties those scores to evidence.
	 */
	public static boolean lacksEvidence(Integer score, String evidence) {
		return score != null && score >= EVIDENCE_REQUIRED_FROM && (evidence == null || evidence.isBlank());
	}

	@Id
	private Long id;

	private Long auditId;

	private String statementNumber;

	private Integer score;

	private String evidence;

	private String links;

	private Long updatedBy;

	private Instant updatedAt;

	private QaState qaState;

	private String qaComment;

	private Integer proposedScore;

	private String agencyResponse;

	private Integer agencyProposedScore;

	private Integer agreedScore;

	@Version
	private Long version;

	@PersistenceCreator
	AuditStatement(Long id, Long auditId, String statementNumber, Integer score, String evidence, String links,
			Long updatedBy, Instant updatedAt, QaState qaState, String qaComment, Integer proposedScore,
			String agencyResponse, Integer agencyProposedScore, Integer agreedScore, Long version) {
		this.id = id;
		this.auditId = auditId;
		this.statementNumber = statementNumber;
		this.score = score;
		this.evidence = evidence;
		this.links = links;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.qaState = qaState;
		this.qaComment = qaComment;
		this.proposedScore = proposedScore;
		this.agencyResponse = agencyResponse;
		this.agencyProposedScore = agencyProposedScore;
		this.agreedScore = agreedScore;
		this.version = version;
	}

	public static AuditStatement unscored(Long auditId, String statementNumber) {
		return new AuditStatement(null, auditId, statementNumber, null, null, null, null, null, QaState.NOT_REVIEWED,
				null, null, null, null, null, null);
	}

	/**
	 * Records the agency's answer.
	 * @param score 0 to 4, or {@code null} to leave it unscored
	 * @return the score change for the history, when the score changed
	 * @throws AuditRuleException when the audit no longer takes answers
	 * @throws IllegalArgumentException for a score off the scale, evidence over 10,000
	 * characters or a link that is not a web address
	 */
	public Optional<ScoreChange> answer(Audit audit, Integer score, String evidence, String links, Long by,
			String byName, Instant now) {
		checkBelongsTo(audit);
		audit.ensureOpenForAnswers();
		if (score != null && !AuditFramework.isOnScale(score)) {
			throw new IllegalArgumentException("A score must be 0 to 4; got " + score);
		}
		String trimmedEvidence = (evidence == null || evidence.isBlank()) ? null : evidence.strip();
		if (trimmedEvidence != null && trimmedEvidence.length() > MAX_EVIDENCE) {
			throw new IllegalArgumentException("Evidence may be up to " + MAX_EVIDENCE + " characters");
		}
		if (lacksEvidence(score, trimmedEvidence)) {
			throw new IllegalArgumentException("A score of " + score + " needs evidence or a reason");
		}
		String normalisedLinks = EvidenceLinks.normalise(links);
		Integer before = this.score;
		this.score = score;
		this.evidence = trimmedEvidence;
		this.links = normalisedLinks;
		this.updatedBy = by;
		this.updatedAt = now;
		if (Objects.equals(before, score)) {
			return Optional.empty();
		}
		return Optional
			.of(new ScoreChange(this.statementNumber, before, score, ScoreChange.Kind.SCORED, null, by, byName, now));
	}

	/**
	 * Whether this answer would change what is stored; an unchanged statement is not
	 * saved, so it does not clash with someone working on it at the same time.
	 */
	public boolean differsFrom(Integer score, String evidence, String links) {
		String trimmedEvidence = (evidence == null || evidence.isBlank()) ? null : evidence.strip();
		String normalisedLinks;
		try {
			normalisedLinks = EvidenceLinks.normalise(links);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
		return !Objects.equals(this.score, score) || !Objects.equals(this.evidence, trimmedEvidence)
				|| !Objects.equals(this.links, normalisedLinks);
	}

	/**
	 * The reviewer agrees the agency's score.
	 * @return the history entry recording the agreed score
	 */
	public ScoreChange confirm(Audit audit, Long by, String byName, Instant now) {
		checkBelongsTo(audit);
		audit.ensureInQa();
		if (!this.qaState.awaitsReviewer()) {
			throw new AuditRuleException("selfaudit.qa.notAwaitingReviewer",
					"Statement " + this.statementNumber + " is " + this.qaState, this.statementNumber);
		}
		if (this.qaState == QaState.ANSWERED && this.agencyProposedScore != null) {
			Integer before = this.score;
			this.score = this.agencyProposedScore;
			this.agreedScore = this.agencyProposedScore;
			this.qaState = QaState.AGREED;
			return new ScoreChange(this.statementNumber, before, this.score, ScoreChange.Kind.AGENCY_PROPOSAL_AGREED,
					this.agencyResponse, by, byName, now);
		}
		this.qaState = QaState.AGREED;
		this.agreedScore = this.score;
		return new ScoreChange(this.statementNumber, this.score, this.score, ScoreChange.Kind.AGREED, this.qaComment,
				by, byName, now);
	}

	/** The reviewer challenges the score, proposing another and saying why. */
	public void challenge(Audit audit, String comment, Integer proposed) {
		checkBelongsTo(audit);
		audit.ensureInQa();
		if (!this.qaState.awaitsReviewer()) {
			throw new AuditRuleException("selfaudit.qa.notAwaitingReviewer",
					"Statement " + this.statementNumber + " is " + this.qaState, this.statementNumber);
		}
		if (comment == null || comment.isBlank() || comment.length() > MAX_COMMENT) {
			throw new IllegalArgumentException("A challenge needs a comment of up to " + MAX_COMMENT + " characters");
		}
		if (proposed == null || !AuditFramework.isOnScale(proposed)) {
			throw new IllegalArgumentException("A challenge proposes a score from 0 to 4; got " + proposed);
		}
		if (proposed.equals(this.score)) {
			throw new AuditRuleException("selfaudit.qa.proposedSame",
					"The proposed score is the agency's own score; confirm it instead");
		}
		this.qaState = QaState.CHALLENGED;
		this.qaComment = comment.strip();
		this.proposedScore = proposed;
		this.agencyProposedScore = null;
	}

	/**
	 * The agency accepts the reviewer's proposed score, which becomes the agreed score.
	 * @return the history entry
	 */
	public ScoreChange acceptChallenge(Audit audit, Long by, String byName, Instant now) {
		checkBelongsTo(audit);
		audit.ensureInQa();
		ensureChallenged();
		Integer before = this.score;
		this.score = this.proposedScore;
		this.agreedScore = this.proposedScore;
		this.qaState = QaState.AGREED;
		this.agencyProposedScore = null;
		return new ScoreChange(this.statementNumber, before, this.score, ScoreChange.Kind.CHALLENGE_ACCEPTED,
				this.qaComment, by, byName, now);
	}

	/**
	 * The agency answers the challenge, keeping its score; the reviewer decides again.
	 */
	public void answerChallenge(Audit audit, String response) {
		checkBelongsTo(audit);
		audit.ensureInQa();
		ensureChallenged();
		if (response == null || response.isBlank() || response.length() > MAX_COMMENT) {
			throw new IllegalArgumentException("An answer needs text of up to " + MAX_COMMENT + " characters");
		}
		this.agencyResponse = response.strip();
		this.agencyProposedScore = null;
		this.qaState = QaState.ANSWERED;
	}

	/**
	 * The agency answers the challenge by proposing a score of its own, neither its first
	 * score nor the reviewer's, with its reason; the reviewer then confirms that score or
	 * challenges again.
	 * @throws AuditRuleException when the proposal repeats either score already on the
	 * table
	 */
	public void proposeOtherScore(Audit audit, Integer proposed, String reason) {
		checkBelongsTo(audit);
		audit.ensureInQa();
		ensureChallenged();
		if (reason == null || reason.isBlank() || reason.length() > MAX_COMMENT) {
			throw new IllegalArgumentException("A proposal needs a reason of up to " + MAX_COMMENT + " characters");
		}
		if (proposed == null || !AuditFramework.isOnScale(proposed)) {
			throw new IllegalArgumentException("A proposal is a score from 0 to 4; got " + proposed);
		}
		if (proposed.equals(this.score) || proposed.equals(this.proposedScore)) {
			throw new AuditRuleException("selfaudit.response.proposedRepeats",
					"The agency's proposal repeats a score already proposed", proposed);
		}
		if (lacksEvidence(proposed, this.evidence)) {
			throw new AuditRuleException("selfaudit.response.proposedNeedsEvidence",
					"A proposal of " + proposed + " needs evidence", proposed);
		}
		this.agencyResponse = reason.strip();
		this.agencyProposedScore = proposed;
		this.qaState = QaState.ANSWERED;
	}

	private void ensureChallenged() {
		if (this.qaState != QaState.CHALLENGED) {
			throw new AuditRuleException("selfaudit.qa.notChallenged",
					"Statement " + this.statementNumber + " is not challenged", this.statementNumber);
		}
	}

	private void checkBelongsTo(Audit audit) {
		if (!Objects.equals(audit.getId(), this.auditId)) {
			throw new IllegalArgumentException("Statement " + this.statementNumber + " belongs to audit " + this.auditId
					+ ", not " + audit.getId());
		}
	}

	public boolean isScored() {
		return this.score != null;
	}

	public boolean isAgreed() {
		return this.qaState == QaState.AGREED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuditId() {
		return this.auditId;
	}

	public String getStatementNumber() {
		return this.statementNumber;
	}

	public Integer getScore() {
		return this.score;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public String getLinks() {
		return this.links;
	}

	public java.util.List<String> linkList() {
		return EvidenceLinks.lines(this.links);
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public QaState getQaState() {
		return this.qaState;
	}

	public String getQaComment() {
		return this.qaComment;
	}

	public Integer getProposedScore() {
		return this.proposedScore;
	}

	public String getAgencyResponse() {
		return this.agencyResponse;
	}

	public Integer getAgencyProposedScore() {
		return this.agencyProposedScore;
	}

	public boolean hasEvidence() {
		return this.evidence != null && !this.evidence.isBlank();
	}

	public Integer getAgreedScore() {
		return this.agreedScore;
	}

	public Long getVersion() {
		return this.version;
	}

}
