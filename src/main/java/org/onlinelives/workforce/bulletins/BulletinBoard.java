package org.onlinelives.workforce.bulletins;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletins as the signed-in person may see and change them: administrators write and
 * publish; everyone a published bulletin reaches reads and acknowledges it; anyone else
 * is told it does not exist. Every read takes the person's partnership.
 */
@Service
@Transactional
public class BulletinBoard {

	private final Bulletins bulletins;

	private final Acknowledgements acknowledgements;

	private final StaffQueries staff;

	private final AgencyDirectory agencies;

	private final AccessLog accessLog;

	private final Clock clock;

	BulletinBoard(Bulletins bulletins, Acknowledgements acknowledgements, StaffQueries staff, AgencyDirectory agencies,
			AccessLog accessLog, Clock clock) {
		this.bulletins = bulletins;
		this.acknowledgements = acknowledgements;
		this.staff = staff;
		this.agencies = agencies;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** A bulletin as its reader lists it. */
	public record ReaderRow(Bulletin bulletin, boolean acknowledged) {
	}

	/** Published bulletins for this person, those still to acknowledge first. */
	@Transactional(readOnly = true)
	public List<ReaderRow> forReader(SignedInUser user) {
		Set<Long> acknowledged = this.acknowledgements.bulletinsAcknowledgedBy(user.partnershipId(), user.id());
		return this.bulletins.findByPartnershipIdAndPublishedAtIsNotNullOrderByPublishedAtDesc(user.partnershipId())
			.stream()
			.filter((bulletin) -> bulletin.reaches(user.roles(), user.agencyId()))
			.map((bulletin) -> new ReaderRow(bulletin, acknowledged.contains(bulletin.getId())))
			.sorted(Comparator.comparing(ReaderRow::acknowledged))
			.toList();
	}

	/** Published bulletins for this person that they have not acknowledged yet. */
	@Transactional(readOnly = true)
	public List<Bulletin> unread(SignedInUser user) {
		return forReader(user).stream().filter((row) -> !row.acknowledged()).map(ReaderRow::bulletin).toList();
	}

	/**
	 * A bulletin this person may read: any of the partnership's for an administrator, a
	 * published one that reaches them for anyone else.
	 */
	@Transactional(readOnly = true)
	public Bulletin readable(SignedInUser user, long id) {
		return this.bulletins.findByIdAndPartnershipId(id, user.partnershipId())
			.filter((bulletin) -> user.isAdministrator() || reachesReader(user, bulletin))
			.orElseThrow(() -> new RecordNotFoundException("bulletin", id));
	}

	/** Whether the bulletin is published and asks this person to acknowledge it. */
	public boolean reachesReader(SignedInUser user, Bulletin bulletin) {
		return bulletin.isPublished() && bulletin.reaches(user.roles(), user.agencyId());
	}

	@Transactional(readOnly = true)
	public boolean acknowledged(SignedInUser user, Bulletin bulletin) {
		return this.acknowledgements.bulletinsAcknowledgedBy(user.partnershipId(), user.id())
			.contains(bulletin.getId());
	}

	/**
	 * Records that this person has read the bulletin. Acknowledging twice changes
	 * nothing; a bulletin that does not reach them is not found.
	 */
	public void acknowledge(SignedInUser user, long id) {
		Bulletin bulletin = this.bulletins.findByIdAndPartnershipId(id, user.partnershipId())
			.filter((found) -> reachesReader(user, found))
			.orElseThrow(() -> new RecordNotFoundException("bulletin", id));
		if (this.acknowledgements.acknowledgeBulletin(user.partnershipId(), bulletin.getId(), user.id(),
				this.clock.instant())) {
			this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "bulletin", id, "bulletin acknowledged");
		}
	}

	// Administration

	/**
	 * A bulletin as administrators list it: drafts with their reach, published with their
	 * rate.
	 */
	public record ManagedRow(Bulletin bulletin, AcknowledgementRates.Rate rate) {
	}

	@Transactional(readOnly = true)
	public List<ManagedRow> everyBulletin(SignedInUser admin) {
		administrator(admin);
		List<StaffMember> people = this.staff.activeStaff(admin.partnershipId());
		Map<Long, Set<Long>> acknowledgers = this.acknowledgements.bulletinAcknowledgers(admin.partnershipId());
		List<ManagedRow> rows = new ArrayList<>();
		for (Bulletin bulletin : this.bulletins.findByPartnershipIdOrderByCreatedAtDesc(admin.partnershipId())) {
			rows.add(new ManagedRow(bulletin,
					rates(bulletin, people, acknowledgers.getOrDefault(bulletin.getId(), Set.of())).overall()));
		}
		rows.sort(Comparator.comparing((ManagedRow row) -> row.bulletin().isPublished())
			.thenComparing((row) -> (row.bulletin().isPublished()) ? row.bulletin().getPublishedAt()
					: row.bulletin().getCreatedAt(), Comparator.reverseOrder()));
		return rows;
	}

	/** How many active people the bulletin reaches now. */
	@Transactional(readOnly = true)
	public int reach(SignedInUser admin, Bulletin bulletin) {
		administrator(admin);
		return rates(bulletin, this.staff.activeStaff(admin.partnershipId()), Set.of()).overall().asked();
	}

	public Bulletin draft(SignedInUser admin, Bulletin.Details details) {
		administrator(admin);
		checkAgencies(admin, details);
		Bulletin bulletin = this.bulletins
			.save(Bulletin.draft(admin.partnershipId(), details, admin.id(), this.clock.instant()));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "bulletin", bulletin.getId(), "bulletin drafted");
		return bulletin;
	}

	public void change(SignedInUser admin, long id, Bulletin.Details details, Long version) {
		administrator(admin);
		Bulletin bulletin = readable(admin, id);
		if (!Objects.equals(version, bulletin.getVersion())) {
			throw new BulletinRuleException(null, "bulletin.changedByAnother");
		}
		checkAgencies(admin, details);
		bulletin.change(details);
		this.bulletins.save(bulletin);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "bulletin", id, "bulletin changed");
	}

	public void publish(SignedInUser admin, long id, Long version) {
		administrator(admin);
		Bulletin bulletin = readable(admin, id);
		if (!Objects.equals(version, bulletin.getVersion())) {
			throw new BulletinRuleException(null, "bulletin.changedByAnother");
		}
		bulletin.publish(admin.id(), this.clock.instant());
		this.bulletins.save(bulletin);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "bulletin", id, "bulletin published");
	}

	private void checkAgencies(SignedInUser admin, Bulletin.Details details) {
		if (details.agencyIds() == null || details.agencyIds().isEmpty()) {
			return;
		}
		Set<Long> own = this.agencies.agenciesOf(admin.partnershipId())
			.stream()
			.map(Agency::getId)
			.collect(Collectors.toSet());
		if (!own.containsAll(details.agencyIds())) {
			throw new BulletinRuleException("agencyIds", "bulletin.agencies.invalid");
		}
	}

	// Acknowledgement rates

	/** An agency's line on the rates page. */
	public record RateRow(String agencyName, AcknowledgementRates.Rate rate) {
	}

	/**
	 * The acknowledgement rate of a published bulletin, by agency: every agency it
	 * reaches for administrators and analysts; for an agency lead, their own agency and
	 * who there has not yet acknowledged it.
	 */
	public record RatesView(Bulletin bulletin, List<RateRow> rows, AcknowledgementRates.Rate overall,
			List<String> stillToAcknowledge) {
	}

	@Transactional(readOnly = true)
	public RatesView rates(SignedInUser user, long id) {
		boolean partnershipWide = user.isAdministrator() || user.hasRole(Role.ANALYST);
		if (!partnershipWide && (!user.hasRole(Role.AGENCY_LEAD) || user.agencyId() == null)) {
			throw new AccessDeniedException("Acknowledgement rates are for administrators, analysts and agency leads");
		}
		Bulletin bulletin = this.bulletins.findByIdAndPartnershipId(id, user.partnershipId())
			.filter(Bulletin::isPublished)
			.filter((found) -> partnershipWide || found.getAgencyIds().isEmpty()
					|| found.getAgencyIds().contains(user.agencyId()))
			.orElseThrow(() -> new RecordNotFoundException("bulletin", id));
		List<StaffMember> people = this.staff.activeStaff(user.partnershipId());
		if (!partnershipWide) {
			people = people.stream().filter((member) -> user.agencyId().equals(member.agencyId())).toList();
		}
		Set<Long> acknowledgers = this.acknowledgements.bulletinAcknowledgers(user.partnershipId(), id);
		AcknowledgementRates.Result result = rates(bulletin, people, acknowledgers);
		Map<Long, String> names = agencyNames(user.partnershipId());
		List<RateRow> rows = result.agencies()
			.stream()
			.map((rate) -> new RateRow((rate.agencyId() != null) ? names.get(rate.agencyId()) : null, rate))
			.sorted(Comparator.comparing((RateRow row) -> row.agencyName() == null)
				.thenComparing((row) -> (row.agencyName() != null) ? row.agencyName() : "",
						String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<String> still = partnershipWide ? List.of()
				: people.stream()
					.filter((member) -> bulletin.reaches(member.roles(), member.agencyId())
							&& !acknowledgers.contains(member.userId()))
					.map(StaffMember::displayName)
					.toList();
		return new RatesView(bulletin, rows, result.overall(), still);
	}

	private static AcknowledgementRates.Result rates(Bulletin bulletin, List<StaffMember> people,
			Set<Long> acknowledgers) {
		return AcknowledgementRates.of(people, (member) -> bulletin.reaches(member.roles(), member.agencyId()),
				acknowledgers);
	}

	/** The partnership's agencies by id, for naming rows. */
	@Transactional(readOnly = true)
	public Map<Long, String> agencyNames(long partnershipId) {
		return this.agencies.agenciesOf(partnershipId)
			.stream()
			.collect(Collectors.toMap(Agency::getId, Agency::getName, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static void administrator(SignedInUser user) {
		if (!user.isAdministrator()) {
			throw new AccessDeniedException("Only partnership administrators write bulletins");
		}
	}

}
