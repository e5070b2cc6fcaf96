package org.onlinelives.casedata.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of an agency's data return for a period: the disclosure-controlled figures
 * as the agency lead reviewed them, with the lead's comment. Once submitted it never
 * changes (it has no method that changes it, and the database refuses updates); a
 * correction is a new version, and earlier versions stay readable.
 */
@Table("data_return")
public class DataReturn {

	public static final int MAX_COMMENT = 2000;

	@Id
	private Long id;

	private final Long partnershipId;

	private final Long agencyId;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final int returnVersion;

	private final String comment;

	private final Long submittedBy;

	private final String submittedByName;

	private final Instant submittedAt;

	private final int threshold;

	private final boolean roundedToFive;

	@MappedCollection(idColumn = "data_return", keyColumn = "figure_order")
	private final List<ReturnFigure> figures;

	@PersistenceCreator
	DataReturn(Long id, Long partnershipId, Long agencyId, LocalDate periodStart, LocalDate periodEnd,
			int returnVersion, String comment, Long submittedBy, String submittedByName, Instant submittedAt,
			int threshold, boolean roundedToFive, List<ReturnFigure> figures) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.returnVersion = returnVersion;
		this.comment = comment;
		this.submittedBy = submittedBy;
		this.submittedByName = submittedByName;
		this.submittedAt = submittedAt;
		this.threshold = threshold;
		this.roundedToFive = roundedToFive;
		this.figures = List.copyOf(figures);
	}

	/**
	 * Who submits, and when.
	 *
	 * @param partnershipId the lead's partnership
	 * @param agencyId the lead's agency
	 * @param userId the lead
	 * @param name the lead's name as shown
	 * @param today the date in the UK
	 * @param now the moment of submission
	 */
	public record Submitter(long partnershipId, long agencyId, long userId, String name, LocalDate today, Instant now) {
	}

	/**
	 * The next version of an agency's return for a period.
	 * @param latestVersion the agency's latest version for the period, 0 for none
	 * @param expectedVersion the latest version the lead saw when reviewing (null if not
	 * sent): a different one means the return was submitted meanwhile, for example by
	 * pressing submit twice
	 * @throws ReturnRuleException naming every problem with the lead's input
	 * @throws IllegalStateException when the figures are not safe to keep
	 */
	public static DataReturn submit(Submitter by, ReturnPeriod period, int latestVersion, Integer expectedVersion,
			String comment, List<ReturnFigure> figures, DisclosurePolicy policy) {
		List<ReturnRuleException.Problem> problems = new ArrayList<>();
		if (!period.isOpen(by.today())) {
			problems.add(new ReturnRuleException.Problem(null, "returns.submit.notOpen"));
		}
		if (expectedVersion == null || expectedVersion != latestVersion) {
			problems.add(new ReturnRuleException.Problem(null, "returns.submit.changedMeanwhile"));
		}
		String text = (comment != null) ? comment.strip() : "";
		if (text.isEmpty()) {
			problems.add(new ReturnRuleException.Problem("comment", "returns.comment.required"));
		}
		else if (text.length() > MAX_COMMENT) {
			problems.add(new ReturnRuleException.Problem("comment", "returns.comment.tooLong"));
		}
		ReturnRuleException.throwIfAny(problems);
		List<String> unsafe = ReturnProtection.unsafe(figures, policy.threshold());
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException("Figures not safe to keep: " + unsafe);
		}
		return new DataReturn(null, by.partnershipId(), by.agencyId(), period.start(), period.end(), latestVersion + 1,
				text, by.userId(), by.name(), by.now(), policy.threshold(), policy.roundToFive(), figures);
	}

	/** The figures by breakdown name, in the order submitted. */
	public Map<String, List<ReturnFigure>> byBreakdown() {
		Map<String, List<ReturnFigure>> grouped = new LinkedHashMap<>();
		for (ReturnFigure figure : this.figures) {
			grouped.computeIfAbsent(figure.breakdown(), (b) -> new ArrayList<>()).add(figure);
		}
		return grouped;
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

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public YearMonth getFirstMonth() {
		return YearMonth.from(this.periodStart);
	}

	public YearMonth getLastMonth() {
		return YearMonth.from(this.periodEnd);
	}

	public int getReturnVersion() {
		return this.returnVersion;
	}

	public String getComment() {
		return this.comment;
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public String getSubmittedByName() {
		return this.submittedByName;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public int getThreshold() {
		return this.threshold;
	}

	public boolean isRoundedToFive() {
		return this.roundedToFive;
	}

	public List<ReturnFigure> getFigures() {
		return this.figures;
	}

}
