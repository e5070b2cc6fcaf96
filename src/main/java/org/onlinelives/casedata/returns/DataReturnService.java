package org.onlinelives.casedata.returns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.DisclosureSettings;
import org.onlinelives.casedata.figures.Category;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.Figures;
import org.onlinelives.casedata.returns.ReturnViews.AgencyCell;
import org.onlinelives.casedata.returns.ReturnViews.AgencyPeriod;
import org.onlinelives.casedata.returns.ReturnViews.AgencyReturns;
import org.onlinelives.casedata.returns.ReturnViews.Overview;
import org.onlinelives.casedata.returns.ReturnViews.OverviewRow;
import org.onlinelives.casedata.returns.ReturnViews.Review;
import org.onlinelives.casedata.returns.ReturnViews.Summary;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.platform.web.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sharing timetable and data returns. Administrators set the timetable; an agency
 * lead reviews and submits the own agency's return (figures under the export policy,
 * since a return leaves the agency); administrators and analysts see who has submitted
 * and read the returns. Every view, export and submission is written to the access log.
 */
@Service
public class DataReturnService {

	/** The breakdowns a return holds: the year adds nothing within one period. */
	public static final List<Breakdown> BREAKDOWNS = List.of(Breakdown.MONTH, Breakdown.C, Breakdown.SCENARIO,
			Breakdown.AGE_BAND, Breakdown.GENDER, Breakdown.FACTOR, Breakdown.PLATFORM, Breakdown.REFERRAL_SOURCE,
			Breakdown.OUTCOME);

	private static final String TARGET = "data return";

	/** Views of an agency's returns as a whole, by agency id. */
	private static final String AGENCY_TARGET = "agency's data returns";

	/** Views of the partnership's overview, by partnership id. */
	private static final String PARTNERSHIP_TARGET = "partnership's data returns";

	private final ReturnTimetables timetables;

	private final DataReturns returns;

	private final CaseFigures figures;

	private final AgencyDirectory agencies;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReleasedReturnFigures released;

	private final DisclosurePolicy policy;

	DataReturnService(ReturnTimetables timetables, DataReturns returns, CaseFigures figures, AgencyDirectory agencies,
			AccessLog accessLog, MessageSource messages, JdbcClient jdbc, Clock clock, ReleasedReturnFigures released,
			DisclosureSettings settings) {
		this.timetables = timetables;
		this.returns = returns;
		this.figures = figures;
		this.agencies = agencies;
		this.accessLog = accessLog;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.released = released;
		this.policy = settings.exports();
	}

	public static boolean maySetTimetable(SignedInUser user) {
		return user.hasRole(Role.PARTNERSHIP_ADMIN);
	}

	/** The policy every return is protected with. */
	public DisclosurePolicy policy() {
		return this.policy;
	}

	public LocalDate today() {
		return UkTime.today(this.clock);
	}

	@Transactional(readOnly = true)
	public Optional<ReturnTimetable> timetable(SignedInUser user) {
		if (!CaseFigures.mayReadOwnAgency(user) && !CaseFigures.mayReadPartnership(user)) {
			throw new AccessDeniedException("Only leads, administrators and analysts read the timetable");
		}
		return this.timetables.findByPartnershipId(user.partnershipId());
	}

	/**
	 * Sets or changes the partnership's timetable.
	 * @param expectedVersion the timetable's version the administrator changed, null for
	 * a new one
	 */
	@Transactional
	public ReturnTimetable setTimetable(SignedInUser user, ReturnFrequency frequency, YearMonth firstMonth,
			Integer dueDays, Long expectedVersion) {
		if (!maySetTimetable(user)) {
			throw new AccessDeniedException("Only administrators set the return timetable");
		}
		Optional<ReturnTimetable> found = this.timetables.findByPartnershipId(user.partnershipId());
		ReturnTimetable timetable;
		if (found.isPresent()) {
			timetable = found.get();
			if (expectedVersion == null || !expectedVersion.equals(timetable.getVersion())) {
				throw new org.springframework.dao.OptimisticLockingFailureException("The timetable changed meanwhile");
			}
			timetable.change(frequency, firstMonth, dueDays, user.id(), this.clock.instant(), today());
		}
		else {
			timetable = ReturnTimetable.set(user.partnershipId(), frequency, firstMonth, dueDays, user.id(),
					this.clock.instant(), today());
		}
		ReturnTimetable saved = this.timetables.save(timetable);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "return timetable", saved.getId(),
				"set to " + frequency.name().toLowerCase(Locale.ROOT) + " from " + firstMonth + ", due " + dueDays
						+ " days after each period");
		return saved;
	}

	/** The lead's own agency's periods and versions. */
	@Transactional(readOnly = true)
	public AgencyReturns agencyReturns(SignedInUser user) {
		requireLead(user);
		Optional<ReturnTimetable> timetable = this.timetables.findByPartnershipId(user.partnershipId());
		List<AgencyPeriod> periods = new ArrayList<>();
		if (timetable.isPresent()) {
			Map<LocalDate, List<Summary>> versions = summaries(user.partnershipId(), user.agencyId());
			LocalDate today = today();
			for (ReturnPeriod period : timetable.get().periods(today)) {
				List<Summary> found = versions.getOrDefault(period.start(), List.of());
				periods.add(new AgencyPeriod(period, period.status(today, !found.isEmpty()), found));
			}
		}
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, AGENCY_TARGET, user.agencyId(), "list of periods");
		return new AgencyReturns(timetable.orElse(null), periods);
	}

	/** The lead's return for a period as it would be submitted now. */
	@Transactional(readOnly = true)
	public Review review(SignedInUser user, String periodKey) {
		requireLead(user);
		ReturnPeriod period = period(user, periodKey);
		List<Summary> versions = summaries(user.partnershipId(), user.agencyId()).getOrDefault(period.start(),
				List.of());
		LocalDate today = today();
		List<ReturnFigure> draft = period.isOpen(today) ? draft(user, period) : List.of();
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, AGENCY_TARGET, user.agencyId(),
				"return for the period from " + period.key() + " reviewed");
		return new Review(period, period.isOpen(today), period.status(today, !versions.isEmpty()), draft, versions,
				this.policy.threshold(), this.policy.roundToFive());
	}

	/**
	 * Submits the next version of the lead's return for a period.
	 * @param expectedVersion the latest version the lead saw, as sent by the form
	 */
	@Transactional
	public DataReturn submit(SignedInUser user, String periodKey, String comment, Integer expectedVersion) {
		requireLead(user);
		ReturnPeriod period = period(user, periodKey);
		int latest = summaries(user.partnershipId(), user.agencyId()).getOrDefault(period.start(), List.of())
			.stream()
			.mapToInt(Summary::version)
			.max()
			.orElse(0);
		List<ReturnFigure> draft = period.isOpen(today()) ? draft(user, period) : List.of();
		DataReturn.Submitter by = new DataReturn.Submitter(user.partnershipId(), user.agencyId(), user.id(),
				user.displayName(), today(), this.clock.instant());
		DataReturn submitted;
		try {
			submitted = this.returns
				.save(DataReturn.submit(by, period, latest, expectedVersion, comment, draft, this.policy));
		}
		catch (DuplicateKeyException ex) {
			// the same version submitted at the same moment by another request
			throw new ReturnRuleException(null, "returns.submit.changedMeanwhile");
		}
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, TARGET, submitted.getId(),
				"submitted version " + submitted.getReturnVersion() + " for the period from " + period.key());
		return submitted;
	}

	/** Who has submitted for each period, for administrators and analysts. */
	@Transactional(readOnly = true)
	public Overview overview(SignedInUser user) {
		requirePartnership(user);
		Optional<ReturnTimetable> timetable = this.timetables.findByPartnershipId(user.partnershipId());
		List<OverviewRow> rows = new ArrayList<>();
		if (timetable.isPresent()) {
			Map<Long, String> names = this.agencies.namesOf(user.partnershipId());
			Map<Long, Map<LocalDate, List<Summary>>> byAgency = new HashMap<>();
			for (Long agencyId : names.keySet()) {
				byAgency.put(agencyId, new HashMap<>());
			}
			summaries(user.partnershipId(), null).forEach((start, found) -> found
				.forEach((summary) -> byAgency.computeIfAbsent(summary.agencyId(), (id) -> new HashMap<>())
					.computeIfAbsent(start, (s) -> new ArrayList<>())
					.add(summary)));
			LocalDate today = today();
			for (ReturnPeriod period : timetable.get().periods(today)) {
				List<AgencyCell> cells = new ArrayList<>();
				names.forEach((agencyId, name) -> {
					List<Summary> found = byAgency.get(agencyId).getOrDefault(period.start(), List.of());
					cells.add(new AgencyCell(agencyId, name, period.status(today, !found.isEmpty()),
							found.isEmpty() ? null : found.get(0)));
				});
				rows.add(new OverviewRow(period, cells));
			}
		}
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, PARTNERSHIP_TARGET, user.partnershipId(),
				"who has submitted");
		return new Overview(timetable.orElse(null), rows);
	}

	/**
	 * A submitted return: a lead reads the own agency's, administrators and analysts the
	 * partnership's; anything else is not found.
	 */
	@Transactional(readOnly = true)
	public DataReturn find(SignedInUser user, long id) {
		DataReturn found = scoped(user, id);
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, TARGET, id,
				"version " + found.getReturnVersion() + " read");
		return found;
	}

	/** A submitted return for download, logged as exported. */
	@Transactional(readOnly = true)
	public DataReturn export(SignedInUser user, long id, String format) {
		DataReturn found = scoped(user, id);
		this.accessLog.record(user, AccessEvent.EXPORTED, TARGET, id,
				"version " + found.getReturnVersion() + " as " + format);
		return found;
	}

	/** Every version of the same agency's return for the same period, latest first. */
	@Transactional(readOnly = true)
	public List<Summary> versionsOf(SignedInUser user, DataReturn dataReturn) {
		return summaries(user.partnershipId(), dataReturn.getAgencyId()).getOrDefault(dataReturn.getPeriodStart(),
				List.of());
	}

	/** The agency's name in the caller's partnership. */
	@Transactional(readOnly = true)
	public String agencyName(SignedInUser user, long agencyId) {
		return this.agencies.namesOf(user.partnershipId()).getOrDefault(agencyId, "");
	}

	private DataReturn scoped(SignedInUser user, long id) {
		boolean lead = CaseFigures.mayReadOwnAgency(user);
		if (!lead && !CaseFigures.mayReadPartnership(user)) {
			throw new AccessDeniedException("Only leads, administrators and analysts read returns");
		}
		DataReturn found = this.returns.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException(TARGET, id));
		if (!CaseFigures.mayReadPartnership(user) && !found.getAgencyId().equals(user.agencyId())) {
			throw new RecordNotFoundException(TARGET, id);
		}
		return found;
	}

	private ReturnPeriod period(SignedInUser user, String key) {
		YearMonth start;
		try {
			start = YearMonth.parse((key != null) ? key : "");
		}
		catch (DateTimeParseException ex) {
			throw new RecordNotFoundException("return period", key);
		}
		return this.timetables.findByPartnershipId(user.partnershipId())
			.flatMap((timetable) -> timetable.period(start))
			.orElseThrow(() -> new RecordNotFoundException("return period", key));
	}

	private List<ReturnFigure> draft(SignedInUser user, ReturnPeriod period) {
		FigureFilter filter = FigureFilter.onlineCases(period.first(), period.last());
		List<ReturnProtection.Counted> counted = new ArrayList<>();
		Map<Breakdown, Figures> all = this.figures.ownAgency(user, filter);
		for (Breakdown breakdown : BREAKDOWNS) {
			Figures found = all.get(breakdown);
			counted.add(new ReturnProtection.Counted(breakdown.name(),
					found.categories().stream().map(Category::code).toList(),
					found.categories().stream().map(Category::label).toList(), found.countsOf(user.agencyId()),
					message(breakdown.multiValued() ? "returns.total.mentions" : "returns.total.cases")));
		}
		return ReturnProtection.protect(counted, this.policy,
				this.released.withheld(user.partnershipId(), user.agencyId(), period.start()));
	}

	/** Submitted versions by period start, latest version first; all agencies if null. */
	private Map<LocalDate, List<Summary>> summaries(long partnershipId, Long agencyId) {
		Map<LocalDate, List<Summary>> found = new HashMap<>();
		this.jdbc.sql("""
				select id, agency_id, period_start, return_version, submitted_at, submitted_by_name
				from data_return
				where partnership_id = :partnership and (cast(:agency as bigint) is null or agency_id = :agency)
				order by period_start desc, return_version desc""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.query((rs) -> {
				LocalDate start = rs.getObject("period_start", LocalDate.class);
				Instant at = rs.getObject("submitted_at", OffsetDateTime.class).toInstant();
				found.computeIfAbsent(start, (s) -> new ArrayList<>())
					.add(new Summary(rs.getLong("id"), rs.getLong("agency_id"), start, rs.getInt("return_version"), at,
							rs.getString("submitted_by_name")));
			});
		return found;
	}

	private static void requireLead(SignedInUser user) {
		if (!CaseFigures.mayReadOwnAgency(user)) {
			throw new AccessDeniedException("Only an agency lead makes the agency's return");
		}
	}

	private static void requirePartnership(SignedInUser user) {
		if (!CaseFigures.mayReadPartnership(user)) {
			throw new AccessDeniedException("Only administrators and analysts see the partnership's returns");
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, Locale.UK);
	}

}
