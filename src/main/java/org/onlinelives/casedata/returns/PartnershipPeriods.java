package org.onlinelives.casedata.returns;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.ReleasedFigures;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods partnership figures are given for: the return timetable's periods that have
 * started, or calendar quarters while the partnership has no timetable. Periods never
 * overlap, so figures of two periods cannot be subtracted to reveal a small count, and a
 * period's figures can be set beside the returns of the same period.
 */
@Service
public class PartnershipPeriods {

	/** How many calendar quarters are offered without a timetable: five years. */
	static final int CALENDAR_QUARTERS = 20;

	private final ReturnTimetables timetables;

	private final ReleasedReturnFigures released;

	private final Clock clock;

	PartnershipPeriods(ReturnTimetables timetables, ReleasedReturnFigures released, Clock clock) {
		this.timetables = timetables;
		this.released = released;
		this.clock = clock;
	}

	/** The periods, latest first. */
	@Transactional(readOnly = true)
	public List<ReturnPeriod> periods(SignedInUser user) {
		requirePartnership(user);
		return periods(user.partnershipId());
	}

	List<ReturnPeriod> periods(long partnershipId) {
		YearMonth current = YearMonth.now(this.clock);
		Optional<ReturnTimetable> timetable = this.timetables.findByPartnershipId(partnershipId);
		if (timetable.isPresent()) {
			return timetable.get()
				.periods(current.atDay(1))
				.stream()
				.filter((period) -> !period.first().isAfter(current))
				.toList();
		}
		List<ReturnPeriod> quarters = new ArrayList<>();
		YearMonth first = current.withMonth(((current.getMonthValue() - 1) / 3) * 3 + 1);
		for (int i = 0; i < CALENDAR_QUARTERS; i++, first = first.minusMonths(3)) {
			quarters.add(new ReturnPeriod(first, first.plusMonths(2), 0));
		}
		return List.copyOf(quarters);
	}

	/** The period starting in the month a link names, such as {@code 2026-10}. */
	@Transactional(readOnly = true)
	public Optional<ReturnPeriod> period(SignedInUser user, String key) {
		YearMonth start;
		try {
			start = YearMonth.parse((key != null) ? key.strip() : "");
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return periods(user).stream().filter((period) -> period.first().equals(start)).findFirst();
	}

	/** What the agencies' submitted returns for the period showed. */
	@Transactional(readOnly = true)
	public ReleasedFigures released(SignedInUser user, ReturnPeriod period) {
		requirePartnership(user);
		return released(user.partnershipId(), period);
	}

	ReleasedFigures released(long partnershipId, ReturnPeriod period) {
		return this.released.shown(partnershipId, period.start());
	}

	private static void requirePartnership(SignedInUser user) {
		if (!CaseFigures.mayReadPartnership(user)) {
			throw new AccessDeniedException("Only administrators and analysts read partnership figures");
		}
	}

}
