package org.onlinelives.workforce.training;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's completion of a course on a date, recorded by them or by their agency's
 * lead, with an optional link to evidence (a certificate in the agency's own system).
 */
@Table("training_record")
public class TrainingRecord {

	public static final int MAX_EVIDENCE_LINK = 500;

	/** Training older than this is not recorded: it is long past any refresher. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long userId;

	private Long courseId;

	private LocalDate completedOn;

	private String evidenceLink;

	private Long recordedBy;

	private Instant recordedAt;

	@Version
	private Long version;

	@PersistenceCreator
	TrainingRecord(Long id, Long partnershipId, Long agencyId, Long userId, Long courseId, LocalDate completedOn,
			String evidenceLink, Long recordedBy, Instant recordedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.userId = userId;
		this.courseId = courseId;
		this.completedOn = completedOn;
		this.evidenceLink = evidenceLink;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	/**
	 * Records that a person completed a course.
	 * @param today the date in the UK, for refusing future dates
	 * @throws TrainingRuleException for a retired course, a date in the future or long
	 * past, or an evidence link that is not a web address
	 */
	public static TrainingRecord record(Course course, Long userId, Long agencyId, LocalDate completedOn,
			String evidenceLink, Long recordedBy, Instant now, LocalDate today) {
		if (course.isRetired()) {
			throw new TrainingRuleException("courseId", "training.record.course.retired");
		}
		if (completedOn == null) {
			throw new TrainingRuleException("completedOn", "training.record.date.required");
		}
		if (completedOn.isAfter(today)) {
			throw new TrainingRuleException("completedOn", "training.record.date.future");
		}
		if (completedOn.isBefore(EARLIEST)) {
			throw new TrainingRuleException("completedOn", "training.record.date.tooEarly");
		}
		return new TrainingRecord(null, course.getPartnershipId(), agencyId, userId, course.getId(), completedOn,
				checkedLink(evidenceLink), recordedBy, now, null);
	}

	private static String checkedLink(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String clean = link.strip();
		if (clean.length() > MAX_EVIDENCE_LINK) {
			throw new TrainingRuleException("evidenceLink", "training.record.evidence.tooLong");
		}
		try {
			URI uri = new URI(clean);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
			if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
				throw new TrainingRuleException("evidenceLink", "training.record.evidence.invalid");
			}
		}
		catch (URISyntaxException ex) {
			throw new TrainingRuleException("evidenceLink", "training.record.evidence.invalid");
		}
		return clean;
	}

	/** When the refresher is due: the course's interval after completion. */
	public LocalDate refresherDue(Course course) {
		return this.completedOn.plusMonths(course.getRefreshMonths());
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

	public Long getUserId() {
		return this.userId;
	}

	public Long getCourseId() {
		return this.courseId;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public String getEvidenceLink() {
		return this.evidenceLink;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
