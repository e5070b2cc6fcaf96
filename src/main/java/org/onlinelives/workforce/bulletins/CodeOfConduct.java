package org.onlinelives.workforce.bulletins;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional code of conduct: administrators publish versions, every member of
 * staff acknowledges the version in force, and coverage is counted by agency.
 */
@Service
@Transactional
public class CodeOfConduct implements ConductCoverageQuery {

	private final ConductCodeVersions versions;

	private final Acknowledgements acknowledgements;

	private final StaffQueries staff;

	private final BulletinBoard board;

	private final AccessLog accessLog;

	private final Clock clock;

	CodeOfConduct(ConductCodeVersions versions, Acknowledgements acknowledgements, StaffQueries staff,
			BulletinBoard board, AccessLog accessLog, Clock clock) {
		this.versions = versions;
		this.acknowledgements = acknowledgements;
		this.staff = staff;
		this.board = board;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ConductCodeVersion> current(long partnershipId) {
		return this.versions.findFirstByPartnershipIdOrderByVersionNumberDesc(partnershipId);
	}

	@Transactional(readOnly = true)
	public List<ConductCodeVersion> history(SignedInUser user) {
		return this.versions.findByPartnershipIdOrderByVersionNumberDesc(user.partnershipId());
	}

	/**
	 * Whether this person has acknowledged the version in force (false when there is
	 * none).
	 */
	@Transactional(readOnly = true)
	public boolean acknowledgedCurrent(SignedInUser user) {
		return current(user.partnershipId())
			.map((version) -> this.acknowledgements.hasAcknowledgedVersion(user.partnershipId(), version.getId(),
					user.id()))
			.orElse(false);
	}

	/**
	 * Publishes a new version.
	 * @param basedOn the version number the administrator started from (0 for none), so a
	 * version published meanwhile by someone else is not silently replaced
	 * @throws BulletinRuleException when the text breaks a rule or another version was
	 * published meanwhile
	 */
	public ConductCodeVersion publish(SignedInUser admin, String body, String changeSummary, Integer basedOn) {
		if (!admin.isAdministrator()) {
			throw new AccessDeniedException("Only partnership administrators publish the code of conduct");
		}
		ConductCodeVersion current = current(admin.partnershipId()).orElse(null);
		int currentNumber = (current != null) ? current.getVersionNumber() : 0;
		if (!Objects.equals(basedOn, currentNumber)) {
			throw new BulletinRuleException(null, "conduct.changedByAnother");
		}
		ConductCodeVersion saved;
		try {
			saved = this.versions.save(ConductCodeVersion.after(current, admin.partnershipId(), body, changeSummary,
					admin.id(), this.clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			throw new BulletinRuleException(null, "conduct.changedByAnother");
		}
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "conduct-code", saved.getId(),
				"code of conduct version " + saved.getVersionNumber() + " published");
		return saved;
	}

	/**
	 * Records that this person has read and will follow the version in force.
	 * @param versionId the version they read
	 * @throws BulletinRuleException when that is no longer the version in force (or there
	 * is none)
	 */
	public void acknowledge(SignedInUser user, Long versionId) {
		ConductCodeVersion current = current(user.partnershipId())
			.orElseThrow(() -> new BulletinRuleException(null, "conduct.acknowledge.notCurrent"));
		if (!current.getId().equals(versionId)) {
			throw new BulletinRuleException(null, "conduct.acknowledge.notCurrent");
		}
		if (this.acknowledgements.acknowledgeVersion(user.partnershipId(), current.getId(), user.id(),
				this.clock.instant())) {
			this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "conduct-code", current.getId(),
					"code of conduct version " + current.getVersionNumber() + " acknowledged");
		}
	}

	/** Coverage of the version in force, as the coverage page shows it. */
	public record CoverageView(ConductCodeVersion version, List<BulletinBoard.RateRow> rows,
			AcknowledgementRates.Rate overall, List<String> stillToAcknowledge) {
	}

	/**
	 * Coverage as this person may see it: every agency for administrators and analysts;
	 * their own agency, with who there has not acknowledged, for an agency lead.
	 */
	@Transactional(readOnly = true)
	public CoverageView coverage(SignedInUser user) {
		boolean partnershipWide = user.isAdministrator() || user.hasRole(Role.ANALYST);
		if (!partnershipWide && (!user.hasRole(Role.AGENCY_LEAD) || user.agencyId() == null)) {
			throw new AccessDeniedException("Coverage is for administrators, analysts and agency leads");
		}
		ConductCodeVersion version = current(user.partnershipId()).orElse(null);
		List<StaffMember> people = this.staff.activeStaff(user.partnershipId());
		if (!partnershipWide) {
			people = people.stream().filter((member) -> user.agencyId().equals(member.agencyId())).toList();
		}
		Set<Long> acknowledgers = (version != null)
				? this.acknowledgements.versionAcknowledgers(user.partnershipId(), version.getId()) : Set.of();
		AcknowledgementRates.Result result = AcknowledgementRates.of(people, (member) -> true, acknowledgers);
		Map<Long, String> names = this.board.agencyNames(user.partnershipId());
		List<BulletinBoard.RateRow> rows = result.agencies()
			.stream()
			.map((rate) -> new BulletinBoard.RateRow((rate.agencyId() != null) ? names.get(rate.agencyId()) : null,
					rate))
			.sorted(Comparator.comparing((BulletinBoard.RateRow row) -> row.agencyName() == null)
				.thenComparing((row) -> (row.agencyName() != null) ? row.agencyName() : "",
						String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<String> still = partnershipWide ? List.of()
				: people.stream()
					.filter((member) -> !acknowledgers.contains(member.userId()))
					.map(StaffMember::displayName)
					.toList();
		return new CoverageView(version, rows, result.overall(), still);
	}

	@Override
	@Transactional(readOnly = true)
	public AgencyConductCoverage coverageOf(long partnershipId, long agencyId) {
		return coverageByAgency(partnershipId).getOrDefault(agencyId, empty(current(partnershipId).orElse(null)));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, AgencyConductCoverage> coverageByAgency(long partnershipId) {
		ConductCodeVersion version = current(partnershipId).orElse(null);
		Set<Long> acknowledgers = (version != null)
				? this.acknowledgements.versionAcknowledgers(partnershipId, version.getId()) : Set.of();
		AcknowledgementRates.Result result = AcknowledgementRates.of(this.staff.activeStaff(partnershipId),
				(member) -> member.agencyId() != null, acknowledgers);
		Map<Long, AgencyConductCoverage> byAgency = new LinkedHashMap<>();
		for (AcknowledgementRates.Rate rate : result.agencies()) {
			byAgency.put(rate.agencyId(),
					new AgencyConductCoverage((version != null) ? version.getVersionNumber() : null,
							(version != null) ? version.getPublishedAt() : null, rate.asked(),
							(version != null) ? rate.acknowledged() : 0, (version != null) ? rate.percent() : 0));
		}
		return byAgency;
	}

	private static AgencyConductCoverage empty(ConductCodeVersion version) {
		return new AgencyConductCoverage((version != null) ? version.getVersionNumber() : null,
				(version != null) ? version.getPublishedAt() : null, 0, 0, 0);
	}

}
