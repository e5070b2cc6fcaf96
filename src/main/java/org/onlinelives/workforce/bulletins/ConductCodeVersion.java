package org.onlinelives.workforce.bulletins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of the partnership's professional code of conduct on online contact with
 * clients (Online lives audit tool, statement 5.4; Dudley online safety evaluation,
 * recommendation 8). A version never changes once published: a new text is a new version,
 * and everyone is asked to acknowledge it again.
 */
@Table("conduct_code_version")
public class ConductCodeVersion {

	public static final int MAX_BODY = 20000;

	public static final int MAX_SUMMARY = 1000;

	@Id
	private Long id;

	private Long partnershipId;

	private int versionNumber;

	private String body;

	private String changeSummary;

	private Long publishedBy;

	private Instant publishedAt;

	@PersistenceCreator
	ConductCodeVersion(Long id, Long partnershipId, int versionNumber, String body, String changeSummary,
			Long publishedBy, Instant publishedAt) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.versionNumber = versionNumber;
		this.body = body;
		this.changeSummary = changeSummary;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
	}

	/**
	 * The version that follows the current one (or the first).
	 * @param current the version in force, or null when there is none
	 * @throws BulletinRuleException when the text is missing, too long or the same as the
	 * current version's, or the summary is too long
	 */
	public static ConductCodeVersion after(ConductCodeVersion current, Long partnershipId, String body,
			String changeSummary, Long publisher, Instant now) {
		List<BulletinRuleException.Problem> problems = new ArrayList<>();
		String cleanBody = (body != null) ? body.strip() : "";
		if (cleanBody.isEmpty()) {
			problems.add(new BulletinRuleException.Problem("body", "conduct.body.required"));
		}
		else if (cleanBody.length() > MAX_BODY) {
			problems.add(new BulletinRuleException.Problem("body", "conduct.body.tooLong"));
		}
		else if (current != null && sameWords(current.body, cleanBody)) {
			problems.add(new BulletinRuleException.Problem("body", "conduct.body.unchanged"));
		}
		String cleanSummary = (changeSummary == null || changeSummary.isBlank()) ? null : changeSummary.strip();
		if (cleanSummary != null && cleanSummary.length() > MAX_SUMMARY) {
			problems.add(new BulletinRuleException.Problem("changeSummary", "conduct.summary.tooLong"));
		}
		BulletinRuleException.throwIfAny(problems);
		int number = (current != null) ? current.versionNumber + 1 : 1;
		return new ConductCodeVersion(null, partnershipId, number, cleanBody, cleanSummary, publisher, now);
	}

	/** Differences of spacing alone do not make a new version. */
	private static boolean sameWords(String a, String b) {
		return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
	}

	public List<String> paragraphs() {
		return Paragraphs.of(this.body);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public String getBody() {
		return this.body;
	}

	public String getChangeSummary() {
		return this.changeSummary;
	}

	public Long getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

}
