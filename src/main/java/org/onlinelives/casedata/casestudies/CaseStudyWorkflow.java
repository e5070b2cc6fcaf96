package org.onlinelives.casedata.casestudies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.onlinelives.assessment.CaseStudySources;
import org.onlinelives.assessment.CaseStudySources.CaseStudySource;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to case study drafts. A draft is seen by its author, by the leads of its
 * agency once submitted and by the partnership's administrators once submitted; to anyone
 * else it does not exist. Every view and step is written to the access log.
 */
@Service
public class CaseStudyWorkflow {

	static final String RECORD_TYPE = "case study";

	private final CaseStudies studies;

	private final CaseStudySources sources;

	private final AccessLog accessLog;

	private final Clock clock;

	CaseStudyWorkflow(CaseStudies studies, CaseStudySources sources, AccessLog accessLog, Clock clock) {
		this.studies = studies;
		this.sources = sources;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public static boolean mayPropose(SignedInUser user) {
		return user.agencyId() != null && user.hasRole(Role.PRACTITIONER);
	}

	/** Whether the person has drafts or decisions to see at all. */
	public static boolean mayWorkWithDrafts(SignedInUser user) {
		return mayPropose(user) || (user.agencyId() != null && user.hasRole(Role.AGENCY_LEAD))
				|| user.hasRole(Role.PARTNERSHIP_ADMIN);
	}

	/**
	 * A draft from the latest completed assessment of the young person with this case
	 * reference, in the person's agency.
	 * @throws CaseStudyRuleException when there is no such assessment, or the text breaks
	 * a rule
	 */
	@Transactional
	public CaseStudy propose(SignedInUser user, String caseReference, String title, String narrative) {
		if (!mayPropose(user)) {
			throw new RecordNotFoundException(RECORD_TYPE, "new");
		}
		List<CaseStudyRuleException.Problem> problems = new java.util.ArrayList<>();
		Optional<CaseStudySource> source = Optional.empty();
		if (caseReference == null || caseReference.isBlank()) {
			problems.add(new CaseStudyRuleException.Problem("caseReference", "casestudy.caseReference.required"));
		}
		else {
			source = this.sources.latestCompleted(user, caseReference);
			if (source.isEmpty()) {
				problems.add(new CaseStudyRuleException.Problem("caseReference", "casestudy.caseReference.notFound"));
			}
		}
		problems.addAll(CaseStudy.textProblems(title, narrative));
		CaseStudyRuleException.throwIfAny(problems);
		CaseStudySource material = source.get();
		CaseStudy study = this.studies.save(CaseStudy.propose(
				user.partnershipId(), user.agencyId(), user.id(), new CaseStudy.Material(material.assessmentId(),
						material.ageBand(), material.cs(), material.scenarios(), material.factors()),
				title, narrative, this.clock.instant()));
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, study.getId(), "draft proposed");
		return study;
	}

	/** A draft to show, with what the redaction helper found; the view is logged. */
	@Transactional(readOnly = true)
	public Draft view(SignedInUser user, long id) {
		CaseStudy study = find(user, id);
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, RECORD_TYPE, id, "draft");
		return new Draft(study, identifiers(user, study));
	}

	/** A draft as it is now, without logging: for a page shown again after an error. */
	@Transactional(readOnly = true)
	public Draft current(SignedInUser user, long id) {
		CaseStudy study = find(user, id);
		return new Draft(study, identifiers(user, study));
	}

	@Transactional
	public CaseStudy edit(SignedInUser user, long id, Long expectedVersion, String title, String narrative) {
		CaseStudy study = findCurrent(user, id, expectedVersion);
		study.edit(user.id(), title, narrative, this.clock.instant());
		return saved(user, study, "text changed");
	}

	@Transactional
	public CaseStudy redact(SignedInUser user, long id, Long expectedVersion, String found) {
		CaseStudy study = findCurrent(user, id, expectedVersion);
		String kind = study.findings(identifiers(user, study))
			.stream()
			.filter((finding) -> found != null && finding.text().equalsIgnoreCase(found.strip()))
			.map((finding) -> finding.kind().name())
			.findFirst()
			.orElse("text chosen by the author");
		study.redact(user.id(), found, this.clock.instant());
		return saved(user, study, "possible identifier redacted (" + kind + ")");
	}

	@Transactional
	public CaseStudy dismiss(SignedInUser user, long id, Long expectedVersion, IdentifierKind kind, String found,
			String reason) {
		CaseStudy study = findCurrent(user, id, expectedVersion);
		study.dismiss(user.id(), kind, found, reason, identifiers(user, study), this.clock.instant());
		// the text found and the reason stay with the draft: either may identify someone
		return saved(user, study, "finding marked not an identifier (" + kind + ")");
	}

	@Transactional
	public CaseStudy submit(SignedInUser user, long id, Long expectedVersion) {
		CaseStudy study = findCurrent(user, id, expectedVersion);
		study.submit(user.id(), identifiers(user, study), this.clock.instant());
		return saved(user, study, "submitted to the agency lead");
	}

	/**
	 * The lead's or the administrator's decision, by where the draft is.
	 * @throws CaseStudyRuleException when it is not waiting for this person's decision
	 */
	@Transactional
	public CaseStudy decide(SignedInUser user, long id, Long expectedVersion, boolean approve, String comment) {
		CaseStudy study = findCurrent(user, id, expectedVersion);
		if (study.getStatus() == CaseStudyStatus.AWAITING_LEAD && isLeadOf(user, study)) {
			study.leadDecides(user.id(), approve, comment, this.clock.instant());
			return saved(user, study, approve ? "approved by the agency lead" : "returned by the agency lead");
		}
		if (study.getStatus() == CaseStudyStatus.AWAITING_ADMIN && user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			study.adminDecides(user.id(), approve, comment, this.clock.instant());
			return saved(user, study, approve ? "approved by the partnership administrator and published"
					: "returned by the partnership administrator");
		}
		throw new CaseStudyRuleException(null, "casestudy.decision.notYours");
	}

	/** The person's own drafts not yet published, latest first. */
	@Transactional(readOnly = true)
	public List<CaseStudy> draftsOf(SignedInUser user) {
		return mayPropose(user) ? this.studies.draftsOf(user.partnershipId(), user.id()) : List.of();
	}

	/** Drafts waiting for this person's decision. */
	@Transactional(readOnly = true)
	public List<CaseStudy> awaitingDecision(SignedInUser user) {
		List<CaseStudy> waiting = new java.util.ArrayList<>();
		if (user.agencyId() != null && user.hasRole(Role.AGENCY_LEAD)) {
			waiting.addAll(this.studies.awaitingLead(user.partnershipId(), user.agencyId()));
		}
		if (user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			waiting.addAll(this.studies.awaitingAdmin(user.partnershipId()));
		}
		return waiting;
	}

	/** Whether the draft waits for this person's decision. */
	public static boolean awaitsDecisionOf(SignedInUser user, CaseStudy study) {
		return (study.getStatus() == CaseStudyStatus.AWAITING_LEAD && isLeadOf(user, study))
				|| (study.getStatus() == CaseStudyStatus.AWAITING_ADMIN && user.hasRole(Role.PARTNERSHIP_ADMIN));
	}

	private static boolean isLeadOf(SignedInUser user, CaseStudy study) {
		return user.hasRole(Role.AGENCY_LEAD) && study.getAgencyId().equals(user.agencyId());
	}

	private CaseStudy find(SignedInUser user, long id) {
		return this.studies.findByIdAndPartnershipId(id, user.partnershipId())
			.filter((study) -> maySee(user, study))
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private static boolean maySee(SignedInUser user, CaseStudy study) {
		boolean submitted = study.getStatus() != CaseStudyStatus.DRAFT && study.getStatus() != CaseStudyStatus.RETURNED;
		return (study.isAuthor(user.id()) && study.getAgencyId().equals(user.agencyId()))
				|| (submitted && isLeadOf(user, study)) || (submitted && user.hasRole(Role.PARTNERSHIP_ADMIN));
	}

	private CaseStudy findCurrent(SignedInUser user, long id, Long expectedVersion) {
		CaseStudy study = find(user, id);
		if (expectedVersion == null || !expectedVersion.equals(study.getVersion())) {
			throw new OptimisticLockingFailureException(
					RECORD_TYPE + " " + id + " was changed since the page was shown");
		}
		return study;
	}

	private CaseStudy saved(SignedInUser user, CaseStudy study, String what) {
		CaseStudy saved = this.studies.save(study);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, RECORD_TYPE, saved.getId(), what);
		return saved;
	}

	private List<String> identifiers(SignedInUser user, CaseStudy study) {
		return (study.getSourceAssessmentId() != null) ? this.sources.identifiersOf(user, study.getSourceAssessmentId())
				: List.of();
	}

	/**
	 * A draft and what the redaction helper finds in it now.
	 *
	 * @param study the draft
	 * @param identifiers the young person's own identifiers, for checking only
	 */
	public record Draft(CaseStudy study, List<String> identifiers) {

		public List<Finding> titleFindings() {
			return IdentifierDetector.find(this.study.getTitle(), this.identifiers);
		}

		public List<Finding> narrativeFindings() {
			return IdentifierDetector.find(this.study.getNarrative(), this.identifiers);
		}

		public List<Finding> unresolved() {
			return this.study.unresolved(this.identifiers);
		}

	}

}
