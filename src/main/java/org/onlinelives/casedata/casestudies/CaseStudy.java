package org.onlinelives.casedata.casestudies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An anonymised case study for training (issue 12 item 6; seed 001's recommendation to
 * embed learning across services). Owns its way to the library: the author drafts and
 * redacts, submits only when every possible identifier found in the text is redacted or
 * marked "not an identifier" with a reason, the agency lead and then the partnership
 * administrator approve, and either may return it with a comment. Refuses any other move
 * with a message key.
 */
@Table("case_study")
public class CaseStudy {

	public static final int MAX_TITLE = 120;

	public static final int MAX_NARRATIVE = 6000;

	public static final int MAX_COMMENT = 2000;

	public static final int MAX_REASON = 500;

	/** Who returned a study: its lead or the partnership's administrator. */
	public static final String LEAD = "LEAD";

	public static final String ADMIN = "ADMIN";

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long authorId;

	private Long sourceAssessmentId;

	private String ageBand;

	private String cs;

	private String scenarios;

	private String factors;

	private String title;

	private String narrative;

	private CaseStudyStatus status;

	private String returnComment;

	private String returnedByRole;

	private String leadComment;

	private Long leadApprovedBy;

	private Instant leadApprovedAt;

	private String adminComment;

	private Long publishedBy;

	private Instant publishedAt;

	private Instant submittedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "case_study_id")
	private Set<Dismissal> dismissals;

	@Version
	private Long version;

	@PersistenceCreator
	CaseStudy(Long id, Long partnershipId, Long agencyId, Long authorId, Long sourceAssessmentId, String ageBand,
			String cs, String scenarios, String factors, String title, String narrative, CaseStudyStatus status,
			String returnComment, String returnedByRole, String leadComment, Long leadApprovedBy,
			Instant leadApprovedAt, String adminComment, Long publishedBy, Instant publishedAt, Instant submittedAt,
			Instant createdAt, Instant updatedAt, Set<Dismissal> dismissals, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.authorId = authorId;
		this.sourceAssessmentId = sourceAssessmentId;
		this.ageBand = ageBand;
		this.cs = cs;
		this.scenarios = scenarios;
		this.factors = factors;
		this.title = title;
		this.narrative = narrative;
		this.status = status;
		this.returnComment = returnComment;
		this.returnedByRole = returnedByRole;
		this.leadComment = leadComment;
		this.leadApprovedBy = leadApprovedBy;
		this.leadApprovedAt = leadApprovedAt;
		this.adminComment = adminComment;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
		this.submittedAt = submittedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.dismissals = new HashSet<>(dismissals);
		this.version = version;
	}

	/**
	 * The material of a draft, taken from a completed assessment: de-identified only.
	 *
	 * @param sourceAssessmentId the assessment, to check the text for the young person's
	 * identifiers until publication
	 * @param ageBand the age band
	 * @param cs the Cs
	 * @param scenarios scenario codes
	 * @param factors vulnerability factor codes
	 */
	public record Material(Long sourceAssessmentId, String ageBand, Set<String> cs, Set<String> scenarios,
			Set<String> factors) {

		public Material {
			cs = Set.copyOf(cs);
			scenarios = Set.copyOf(scenarios);
			factors = Set.copyOf(factors);
		}

	}

	/**
	 * Starts a draft from an assessment's material and the author's text.
	 * @throws CaseStudyRuleException when the title or narrative is missing or too long
	 */
	public static CaseStudy propose(long partnershipId, long agencyId, long authorId, Material material, String title,
			String narrative, Instant now) {
		CaseStudyRuleException.throwIfAny(textProblems(title, narrative));
		return new CaseStudy(null, partnershipId, agencyId, authorId, material.sourceAssessmentId(), material.ageBand(),
				codes(material.cs()), codes(material.scenarios()), codes(material.factors()), title.strip(),
				narrative.strip(), CaseStudyStatus.DRAFT, null, null, null, null, null, null, null, null, null, now,
				now, Set.of(), null);
	}

	/** Every problem with a title and narrative, in the order of the fields. */
	public static List<CaseStudyRuleException.Problem> textProblems(String title, String narrative) {
		List<CaseStudyRuleException.Problem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new CaseStudyRuleException.Problem("title", "casestudy.title.required"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			problems.add(new CaseStudyRuleException.Problem("title", "casestudy.title.tooLong", List.of(MAX_TITLE)));
		}
		if (narrative == null || narrative.isBlank()) {
			problems.add(new CaseStudyRuleException.Problem("narrative", "casestudy.narrative.required"));
		}
		else if (narrative.strip().length() > MAX_NARRATIVE) {
			problems.add(new CaseStudyRuleException.Problem("narrative", "casestudy.narrative.tooLong",
					List.of(MAX_NARRATIVE)));
		}
		return problems;
	}

	/**
	 * Changes the text.
	 * @throws CaseStudyRuleException unless the author changes it while it is theirs to
	 * change, or when the text breaks a rule
	 */
	public void edit(long by, String newTitle, String newNarrative, Instant now) {
		ensureAuthorMayChange(by);
		CaseStudyRuleException.throwIfAny(textProblems(newTitle, newNarrative));
		this.title = newTitle.strip();
		this.narrative = newNarrative.strip();
		this.updatedAt = now;
	}

	/**
	 * Replaces every appearance of a finding's text, in the title and narrative, with
	 * {@link IdentifierDetector#REDACTED}.
	 * @throws CaseStudyRuleException when the text is not there
	 */
	public void redact(long by, String found, Instant now) {
		ensureAuthorMayChange(by);
		if (found == null || found.isBlank()) {
			throw new CaseStudyRuleException(null, "casestudy.redact.notFound");
		}
		// whole words only: redacting "Sam" leaves "Samantha" alone
		Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(found.strip()) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		String redactedTitle = pattern.matcher(this.title)
			.replaceAll(Matcher.quoteReplacement(IdentifierDetector.REDACTED));
		String redactedNarrative = pattern.matcher(this.narrative)
			.replaceAll(Matcher.quoteReplacement(IdentifierDetector.REDACTED));
		if (redactedTitle.equals(this.title) && redactedNarrative.equals(this.narrative)) {
			throw new CaseStudyRuleException(null, "casestudy.redact.notFound");
		}
		if (redactedTitle.length() > MAX_TITLE || redactedNarrative.length() > MAX_NARRATIVE) {
			throw new CaseStudyRuleException(null, "casestudy.redact.tooLong");
		}
		this.title = redactedTitle;
		this.narrative = redactedNarrative;
		this.updatedAt = now;
	}

	/**
	 * Records that a finding is not an identifier.
	 * @param knownIdentifiers the young person's own identifiers
	 * @throws CaseStudyRuleException when the reason is missing or too long, or no such
	 * finding is in the text now
	 */
	public void dismiss(long by, IdentifierKind kind, String found, String reason, Collection<String> knownIdentifiers,
			Instant now) {
		ensureAuthorMayChange(by);
		if (kind == null || found == null
				|| findings(knownIdentifiers).stream().noneMatch((finding) -> finding.sameAs(kind, found))) {
			throw new CaseStudyRuleException(null, "casestudy.dismiss.notFound");
		}
		if (kind == IdentifierKind.CASE_REFERENCE) {
			// the young person's own case reference always identifies them
			throw new CaseStudyRuleException("reason", "casestudy.dismiss.caseReference");
		}
		if (reason == null || reason.isBlank()) {
			throw new CaseStudyRuleException("reason", "casestudy.dismiss.reason.required");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new CaseStudyRuleException("reason", "casestudy.dismiss.reason.tooLong", MAX_REASON);
		}
		this.dismissals
			.removeIf((dismissal) -> dismissal.kind() == kind && dismissal.foundText().equalsIgnoreCase(found.strip()));
		this.dismissals.add(new Dismissal(kind, found.strip(), reason.strip(), by, now));
		this.updatedAt = now;
	}

	/** Every possible identifier in the title and then the narrative. */
	public List<Finding> findings(Collection<String> knownIdentifiers) {
		List<Finding> all = new ArrayList<>(IdentifierDetector.find(this.title, knownIdentifiers));
		all.addAll(IdentifierDetector.find(this.narrative, knownIdentifiers));
		return all;
	}

	/** The findings not yet marked "not an identifier". */
	public List<Finding> unresolved(Collection<String> knownIdentifiers) {
		return findings(knownIdentifiers).stream().filter((finding) -> dismissalOf(finding) == null).toList();
	}

	/** The dismissal covering a finding, or null. */
	public Dismissal dismissalOf(Finding finding) {
		return this.dismissals.stream().filter((dismissal) -> dismissal.covers(finding)).findFirst().orElse(null);
	}

	/**
	 * Sends the draft to the agency lead.
	 * @throws CaseStudyRuleException when it was already submitted, or possible
	 * identifiers remain unresolved
	 */
	public void submit(long by, Collection<String> knownIdentifiers, Instant now) {
		if (this.status == CaseStudyStatus.AWAITING_LEAD || this.status == CaseStudyStatus.AWAITING_ADMIN) {
			throw new CaseStudyRuleException(null, "casestudy.submit.already");
		}
		ensureAuthorMayChange(by);
		int unresolved = unresolved(knownIdentifiers).size();
		if (unresolved > 0) {
			throw new CaseStudyRuleException(null, "casestudy.submit.unresolved", unresolved);
		}
		this.status = CaseStudyStatus.AWAITING_LEAD;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/**
	 * The agency lead's decision: approved, it goes to the partnership administrator;
	 * rejected, back to the author with the comment.
	 * @throws CaseStudyRuleException when it is not waiting for the lead, the lead wrote
	 * it, or a rejection has no comment
	 */
	public void leadDecides(long by, boolean approve, String comment, Instant now) {
		if (this.status != CaseStudyStatus.AWAITING_LEAD) {
			throw new CaseStudyRuleException(null, "casestudy.decision.notAwaitingLead");
		}
		if (this.authorId == by) {
			throw new CaseStudyRuleException(null, "casestudy.decision.ownDraft");
		}
		String checked = checkComment(approve, comment);
		if (approve) {
			this.status = CaseStudyStatus.AWAITING_ADMIN;
			this.leadComment = checked;
			this.leadApprovedBy = by;
			this.leadApprovedAt = now;
		}
		else {
			returnToAuthor(LEAD, checked);
		}
		this.updatedAt = now;
	}

	/**
	 * The partnership administrator's decision: approved, it is published in the library
	 * and its link to the assessment is dropped; rejected, back to the author.
	 * @throws CaseStudyRuleException when it is not waiting for the administrator, or a
	 * rejection has no comment
	 */
	public void adminDecides(long by, boolean approve, String comment, Instant now) {
		if (this.status != CaseStudyStatus.AWAITING_ADMIN) {
			throw new CaseStudyRuleException(null, "casestudy.decision.notAwaitingAdmin");
		}
		if (this.authorId == by) {
			throw new CaseStudyRuleException(null, "casestudy.decision.ownDraft");
		}
		String checked = checkComment(approve, comment);
		if (approve) {
			this.status = CaseStudyStatus.PUBLISHED;
			this.adminComment = checked;
			this.publishedBy = by;
			this.publishedAt = now;
			this.sourceAssessmentId = null;
		}
		else {
			returnToAuthor(ADMIN, checked);
		}
		this.updatedAt = now;
	}

	private void returnToAuthor(String role, String comment) {
		this.status = CaseStudyStatus.RETURNED;
		this.returnComment = comment;
		this.returnedByRole = role;
		this.leadApprovedBy = null;
		this.leadApprovedAt = null;
		this.leadComment = null;
	}

	private static String checkComment(boolean approve, String comment) {
		String stripped = (comment != null) ? comment.strip() : "";
		if (!approve && stripped.isEmpty()) {
			throw new CaseStudyRuleException("comment", "casestudy.decision.comment.required");
		}
		if (stripped.length() > MAX_COMMENT) {
			throw new CaseStudyRuleException("comment", "casestudy.decision.comment.tooLong", MAX_COMMENT);
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private void ensureAuthorMayChange(long by) {
		if (this.authorId != by) {
			throw new CaseStudyRuleException(null, "casestudy.onlyAuthor");
		}
		if (!this.status.isEditable()) {
			throw new CaseStudyRuleException(null,
					(this.status == CaseStudyStatus.PUBLISHED) ? "casestudy.published" : "casestudy.notEditable");
		}
	}

	/**
	 * Codes stored with a comma before and after each, so that one can be found with
	 * like.
	 */
	static String codes(Set<String> codes) {
		return codes.isEmpty() ? "," : "," + String.join(",", new TreeSet<>(codes)) + ",";
	}

	private static List<String> split(String stored) {
		return Arrays.stream(stored.split(",")).filter((code) -> !code.isBlank()).toList();
	}

	/** Whether this is the draft's author. */
	public boolean isAuthor(long userId) {
		return this.authorId == userId;
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

	public Long getAuthorId() {
		return this.authorId;
	}

	public Long getSourceAssessmentId() {
		return this.sourceAssessmentId;
	}

	public String getAgeBand() {
		return this.ageBand;
	}

	public List<String> getCs() {
		return split(this.cs);
	}

	public List<String> getScenarios() {
		return split(this.scenarios);
	}

	public List<String> getFactors() {
		return split(this.factors);
	}

	public String getTitle() {
		return this.title;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public CaseStudyStatus getStatus() {
		return this.status;
	}

	public String getReturnComment() {
		return this.returnComment;
	}

	public String getReturnedByRole() {
		return this.returnedByRole;
	}

	public String getLeadComment() {
		return this.leadComment;
	}

	public Instant getLeadApprovedAt() {
		return this.leadApprovedAt;
	}

	public String getAdminComment() {
		return this.adminComment;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Set<Dismissal> getDismissals() {
		return Set.copyOf(this.dismissals);
	}

	public Long getVersion() {
		return this.version;
	}

	/** The narrative's paragraphs, for pages. */
	public List<String> paragraphs() {
		return Arrays.stream(this.narrative.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
	}

	@Override
	public String toString() {
		return "CaseStudy " + this.id + " (" + this.status.name().toLowerCase(Locale.UK) + ")";
	}

}
