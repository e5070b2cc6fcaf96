package org.onlinelives.casedata.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The partnership's data return timetable: periods of one length, one after another from
 * a first month, each return due a set number of days after its period ends. Periods are
 * generated, not stored, so changing the timetable never touches a submitted return.
 */
@Table("return_timetable")
public class ReturnTimetable {

	public static final int MIN_DUE_DAYS = 1;

	public static final int MAX_DUE_DAYS = 180;

	/** How far back the first period may start. */
	public static final int MAX_YEARS_BACK = 5;

	/** Periods listed at most: the latest ones. */
	public static final int MAX_LISTED = 24;

	@Id
	private Long id;

	private Long partnershipId;

	private ReturnFrequency frequency;

	private LocalDate firstMonth;

	private int dueDays;

	private Long changedBy;

	private Instant changedAt;

	@Version
	private Long version;

	@PersistenceCreator
	ReturnTimetable(Long id, Long partnershipId, ReturnFrequency frequency, LocalDate firstMonth, int dueDays,
			Long changedBy, Instant changedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.frequency = frequency;
		this.firstMonth = firstMonth;
		this.dueDays = dueDays;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.version = version;
	}

	/** A new timetable, or a refusal naming every problem. */
	public static ReturnTimetable set(long partnershipId, ReturnFrequency frequency, YearMonth firstMonth,
			Integer dueDays, long changedBy, Instant now, LocalDate today) {
		ReturnRuleException.throwIfAny(refusals(frequency, firstMonth, dueDays, today));
		return new ReturnTimetable(null, partnershipId, frequency, firstMonth.atDay(1), dueDays, changedBy, now, null);
	}

	/** Changes the timetable; returns already submitted keep their own periods. */
	public void change(ReturnFrequency frequency, YearMonth firstMonth, Integer dueDays, long changedBy, Instant now,
			LocalDate today) {
		ReturnRuleException.throwIfAny(refusals(frequency, firstMonth, dueDays, today));
		this.frequency = frequency;
		this.firstMonth = firstMonth.atDay(1);
		this.dueDays = dueDays;
		this.changedBy = changedBy;
		this.changedAt = now;
	}

	/**
	 * Every rule a timetable must meet. A missing value is reported here; a value that
	 * could not be read at all is the form's to report.
	 */
	public static List<ReturnRuleException.Problem> refusals(ReturnFrequency frequency, YearMonth firstMonth,
			Integer dueDays, LocalDate today) {
		List<ReturnRuleException.Problem> problems = new ArrayList<>();
		if (frequency == null) {
			problems.add(new ReturnRuleException.Problem("frequency", "returns.timetable.frequency.required"));
		}
		YearMonth current = YearMonth.from(today);
		if (firstMonth == null) {
			problems.add(new ReturnRuleException.Problem("firstMonth", "returns.timetable.firstMonth.required"));
		}
		else if (firstMonth.isBefore(current.minusYears(MAX_YEARS_BACK)) || firstMonth.isAfter(current.plusYears(1))) {
			problems.add(new ReturnRuleException.Problem("firstMonth", "returns.timetable.firstMonth.range"));
		}
		if (dueDays == null) {
			problems.add(new ReturnRuleException.Problem("dueDays", "returns.timetable.dueDays.required"));
		}
		else if (dueDays < MIN_DUE_DAYS || dueDays > MAX_DUE_DAYS) {
			problems.add(new ReturnRuleException.Problem("dueDays", "returns.timetable.dueDays.range"));
		}
		return problems;
	}

	/**
	 * The periods up to the one that opens next after today, latest first, at most
	 * {@value #MAX_LISTED}.
	 */
	public List<ReturnPeriod> periods(LocalDate today) {
		List<ReturnPeriod> periods = new ArrayList<>();
		YearMonth first = YearMonth.from(this.firstMonth);
		for (ReturnPeriod period = periodFrom(first); true; period = periodFrom(period.last().plusMonths(1))) {
			periods.add(0, period);
			if (!period.isOpen(today)) {
				break;
			}
		}
		return List.copyOf(periods.subList(0, Math.min(MAX_LISTED, periods.size())));
	}

	/** The period starting in a month, if the timetable has one. */
	public Optional<ReturnPeriod> period(YearMonth start) {
		YearMonth first = YearMonth.from(this.firstMonth);
		if (start.isBefore(first)) {
			return Optional.empty();
		}
		long months = first.until(start, java.time.temporal.ChronoUnit.MONTHS);
		if (months % this.frequency.months() != 0) {
			return Optional.empty();
		}
		return Optional.of(periodFrom(start));
	}

	private ReturnPeriod periodFrom(YearMonth start) {
		return new ReturnPeriod(start, start.plusMonths(this.frequency.months() - 1L), this.dueDays);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public ReturnFrequency getFrequency() {
		return this.frequency;
	}

	public YearMonth getFirstMonth() {
		return YearMonth.from(this.firstMonth);
	}

	public int getDueDays() {
		return this.dueDays;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
