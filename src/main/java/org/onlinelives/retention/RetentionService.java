package org.onlinelives.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.accesslog.AccessLogExpiry;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule, legal holds, the list of what falls due soon, and the daily
 * deletion. Administrators set the schedule and hold any record; an agency lead holds
 * young people's records of their own agency. Every change and every deletion is logged.
 */
@Service
public class RetentionService {

	/** How far ahead the "due for deletion" list looks. */
	public static final int UPCOMING_DAYS = 30;

	static final String JOB = "retention schedule (daily deletion)";

	private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

	private final Map<RecordType, RetainedRecords> kinds;

	private final RetentionPeriods periods;

	private final LegalHolds holds;

	private final AccessLogExpiry expiry;

	private final AccessLog accessLog;

	private final Partnerships partnerships;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RetentionService(List<RetainedRecords> kinds, RetentionPeriods periods, LegalHolds holds, AccessLogExpiry expiry,
			AccessLog accessLog, Partnerships partnerships, Clock clock, PlatformTransactionManager transactions) {
		this.kinds = kinds.stream().collect(Collectors.toMap(RetainedRecords::type, Function.identity()));
		this.periods = periods;
		this.holds = holds;
		this.expiry = expiry;
		this.accessLog = accessLog;
		this.partnerships = partnerships;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	public static boolean mayManageSchedule(SignedInUser user) {
		return user.isAdministrator();
	}

	/** Whether the person may see the retention page at all. */
	public static boolean maySeeRetention(SignedInUser user) {
		return user.isAdministrator() || mayHoldYoungPeople(user);
	}

	/** Agency leads hold and release their own agency's young people's records. */
	public static boolean mayHoldYoungPeople(SignedInUser user) {
		return user.agencyId() != null && user.hasRole(Role.AGENCY_LEAD);
	}

	/** The record types this person may put on hold. */
	public static List<RecordType> holdableBy(SignedInUser user) {
		if (user.isAdministrator()) {
			return List.of(RecordType.YOUNG_PERSON, RecordType.AUDIT);
		}
		return mayHoldYoungPeople(user) ? List.of(RecordType.YOUNG_PERSON) : List.of();
	}

	@Transactional(readOnly = true)
	public Map<RecordType, RetentionPeriod> schedule(SignedInUser user) {
		requireRetention(user);
		return this.periods.of(user.partnershipId());
	}

	/**
	 * @throws IllegalArgumentException with a message key if a period is out of range
	 */
	@Transactional
	public void changeSchedule(SignedInUser admin, List<RetentionPeriod> changed) {
		if (!mayManageSchedule(admin)) {
			throw new AccessDeniedException("Only administrators set the retention schedule");
		}
		Map<RecordType, RetentionPeriod> before = this.periods.of(admin.partnershipId());
		List<String> changes = new ArrayList<>();
		for (RetentionPeriod period : changed) {
			if (!period.equals(before.get(period.type()))) {
				this.periods.save(admin.partnershipId(), period);
				changes.add(describe(period));
			}
		}
		if (!changes.isEmpty()) {
			this.accessLog.record(admin, AccessEvent.RETENTION_CHANGED, "retention schedule", admin.partnershipId(),
					String.join("; ", changes));
		}
	}

	/**
	 * Records (not on hold) whose retention period ends within the next
	 * {@link #UPCOMING_DAYS} days, soonest first: for administrators every kind, for an
	 * agency lead their own agency's young people.
	 */
	@Transactional(readOnly = true)
	public List<DueRecord> upcoming(SignedInUser user) {
		requireRetention(user);
		LocalDate by = today().plusDays(UPCOMING_DAYS);
		Map<RecordType, RetentionPeriod> schedule = this.periods.of(user.partnershipId());
		List<DueRecord> due = new ArrayList<>();
		for (RecordType type : holdableBy(user)) {
			RetainedRecords kind = this.kinds.get(type);
			Set<Long> held = heldIds(user.partnershipId(), type);
			kind.dueBy(user.partnershipId(), schedule.get(type), by)
				.stream()
				.filter((record) -> user.isAdministrator() || user.agencyId().equals(record.agencyId()))
				.filter((record) -> !held.contains(record.id()))
				.forEach(due::add);
		}
		due.sort(Comparator.comparing(DueRecord::dueOn).thenComparing(DueRecord::type).thenComparing(DueRecord::id));
		return due;
	}

	/** Access-log entries of the partnership that fall due within the next 30 days. */
	@Transactional(readOnly = true)
	public long accessLogEntriesDueSoon(SignedInUser admin) {
		if (!mayManageSchedule(admin)) {
			return 0;
		}
		RetentionPeriod period = this.periods.of(admin.partnershipId()).get(RecordType.ACCESS_LOG);
		return this.expiry.countOlderThan(admin.partnershipId(), cutoff(period, today().plusDays(UPCOMING_DAYS)));
	}

	/** Holds in place that this person may see and lift. */
	@Transactional(readOnly = true)
	public List<LegalHold> activeHolds(SignedInUser user) {
		requireRetention(user);
		return this.holds.active(user.partnershipId())
			.stream()
			.filter((hold) -> mayActOn(user, hold.getRecordType(), hold.getAgencyId()))
			.toList();
	}

	/** The hold on one record, if there is one this person may see. */
	@Transactional(readOnly = true)
	public Optional<LegalHold> activeHold(SignedInUser user, RecordType type, long recordId) {
		return this.holds.activeOn(user.partnershipId(), type.name(), recordId)
			.stream()
			.filter((hold) -> mayActOn(user, hold.getRecordType(), hold.getAgencyId()))
			.findFirst();
	}

	/**
	 * Finds a record this person may put on hold.
	 * @throws RecordNotFoundException if there is none in their scope
	 */
	@Transactional(readOnly = true)
	public HeldRecord findForHold(SignedInUser user, RecordType type, long recordId) {
		if (!holdableBy(user).contains(type)) {
			throw new RecordNotFoundException(type.name(), recordId);
		}
		Long agency = user.isAdministrator() ? null : user.agencyId();
		return this.kinds.get(type)
			.find(user.partnershipId(), agency, recordId)
			.orElseThrow(() -> new RecordNotFoundException(type.name(), recordId));
	}

	/**
	 * Puts a record on legal hold; a record already on hold keeps its first hold.
	 * @throws RecordNotFoundException if the record is not in the person's scope
	 * @throws IllegalArgumentException with a message key if the reason is missing or too
	 * long
	 */
	@Transactional
	public LegalHold placeHold(SignedInUser user, RecordType type, long recordId, String reason) {
		HeldRecord record = findForHold(user, type, recordId);
		List<LegalHold> existing = this.holds.activeOn(user.partnershipId(), type.name(), recordId);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		LegalHold hold = this.holds
			.save(LegalHold.place(user.partnershipId(), record, reason, user.id(), user.displayName(), now()));
		this.accessLog.record(user, AccessEvent.LEGAL_HOLD_PLACED, targetType(type), recordId,
				"legal hold " + hold.getId() + ": " + hold.getReason());
		return hold;
	}

	/**
	 * @throws RecordNotFoundException if the hold is not one this person may lift
	 * @throws IllegalStateException with a message key if it was already lifted
	 */
	@Transactional
	public LegalHold liftHold(SignedInUser user, long holdId) {
		LegalHold hold = this.holds.findByIdAndPartnershipId(holdId, user.partnershipId())
			.filter((found) -> mayActOn(user, found.getRecordType(), found.getAgencyId()))
			.orElseThrow(() -> new RecordNotFoundException("legal hold", holdId));
		hold.lift(user.id(), user.displayName(), now());
		hold = this.holds.save(hold);
		this.accessLog.record(user, AccessEvent.LEGAL_HOLD_LIFTED, targetType(hold.getRecordType()), hold.getRecordId(),
				"legal hold " + hold.getId() + " lifted");
		return hold;
	}

	/**
	 * The daily job: in every partnership, deletes each record whose retention period has
	 * ended and which is not on hold, each in its own transaction and each logged, then
	 * the access-log entries older than the access-log period, logged as a count.
	 */
	public RetentionRun deleteDue() {
		Map<RecordType, Integer> deleted = new EnumMap<>(RecordType.class);
		long entries = 0;
		int kept = 0;
		LocalDate today = today();
		for (Partnership partnership : this.partnerships.findAll()) {
			long partnershipId = partnership.getId();
			Map<RecordType, RetentionPeriod> schedule = this.periods.of(partnershipId);
			for (RetainedRecords kind : this.kinds.values()) {
				RetentionPeriod period = schedule.get(kind.type());
				for (DueRecord record : kind.dueBy(partnershipId, period, today)) {
					if (deleteUnlessHeld(partnershipId, kind, record)) {
						deleted.merge(kind.type(), 1, Integer::sum);
						this.accessLog.recordFor(partnershipId, record.agencyId(), null, JOB,
								AccessEvent.RECORD_DELETED,
								targetType(kind.type()) + " " + record.id() + ": " + describe(period)
										+ "; last activity " + record.lastActivity() + ", due " + record.dueOn());
					}
					else {
						kept++;
					}
				}
			}
			entries += deleteAccessLog(partnershipId, schedule.get(RecordType.ACCESS_LOG), today);
		}
		entries += deleteAccessLog(null, RecordType.ACCESS_LOG.defaultPeriod(), today);
		RetentionRun run = new RetentionRun(deleted, entries, kept);
		log.info("Retention: deleted {} and {} access-log entries; {} due records kept on legal hold", deleted, entries,
				kept);
		return run;
	}

	private boolean deleteUnlessHeld(long partnershipId, RetainedRecords kind, DueRecord record) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.holds.activeOn(partnershipId, kind.type().name(), record.id()).isEmpty()) {
				return false;
			}
			kind.delete(partnershipId, record.id());
			return true;
		}));
	}

	private long deleteAccessLog(Long partnershipId, RetentionPeriod period, LocalDate today) {
		Instant cutoff = cutoff(period, today);
		int removed = this.expiry.deleteOlderThan(partnershipId, cutoff);
		if (removed > 0) {
			this.accessLog.recordFor(partnershipId, null, null, JOB, AccessEvent.RECORD_DELETED,
					"access log: " + removed + " entries written before " + cutoff + " (" + describe(period) + ")");
		}
		return removed;
	}

	private Set<Long> heldIds(long partnershipId, RecordType type) {
		return this.holds.active(partnershipId)
			.stream()
			.filter((hold) -> hold.getRecordType() == type)
			.map(LegalHold::getRecordId)
			.collect(Collectors.toSet());
	}

	private static boolean mayActOn(SignedInUser user, RecordType type, Long agencyId) {
		if (user.isAdministrator()) {
			return true;
		}
		return type == RecordType.YOUNG_PERSON && mayHoldYoungPeople(user) && user.agencyId().equals(agencyId);
	}

	private static void requireRetention(SignedInUser user) {
		if (!maySeeRetention(user)) {
			throw new AccessDeniedException("Only administrators and agency leads see retention");
		}
	}

	private static Instant cutoff(RetentionPeriod period, LocalDate day) {
		return day.minusYears(period.years()).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	static String targetType(RecordType type) {
		return switch (type) {
			case YOUNG_PERSON -> "young person";
			case AUDIT -> "audit";
			case ACCESS_LOG -> "access log";
		};
	}

	static String describe(RetentionPeriod period) {
		return targetType(period.type()) + ": " + period.years() + " years after last activity"
				+ ((period.untilAge() != null) ? " or until age " + period.untilAge() + ", whichever is later" : "");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
