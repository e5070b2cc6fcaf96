package org.onlinelives.selfaudit.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A round of self-audit that a partnership administrator opens for chosen agencies, over
 * a period, with a deadline, against one framework version.
 */
@Table("audit_cycle")
public class AuditCycle {

	public static final int MAX_NAME = 200;

	@Id
	private Long id;

	private Long partnershipId;

	private String name;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private LocalDate deadline;

	private String frameworkVersion;

	private Long openedBy;

	private Instant openedAt;

	@MappedCollection(idColumn = "audit_cycle_id")
	private Set<CycleAgency> agencies;

	@Version
	private Long version;

	@PersistenceCreator
	AuditCycle(Long id, Long partnershipId, String name, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
			String frameworkVersion, Long openedBy, Instant openedAt, Set<CycleAgency> agencies, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.name = name;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.deadline = deadline;
		this.frameworkVersion = frameworkVersion;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.agencies = new HashSet<>(agencies);
		this.version = version;
	}

	/**
	 * Opens a cycle.
	 * @throws AuditRuleException when the name is blank, the period ends before it
	 * starts, the deadline is before the period starts, or no agency is chosen
	 */
	public static AuditCycle open(Long partnershipId, String name, LocalDate periodStart, LocalDate periodEnd,
			LocalDate deadline, Collection<Long> agencyIds, String frameworkVersion, Long openedBy, Instant now) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			throw new AuditRuleException("selfaudit.cycle.name.required",
					"A cycle needs a name of up to 200 characters");
		}
		if (periodStart == null || periodEnd == null || deadline == null) {
			throw new AuditRuleException("selfaudit.cycle.dates.required", "A cycle needs a period and a deadline");
		}
		if (periodEnd.isBefore(periodStart)) {
			throw new AuditRuleException("selfaudit.cycle.periodEnd.beforeStart",
					"The period must end on or after the day it starts");
		}
		if (deadline.isBefore(periodStart)) {
			throw new AuditRuleException("selfaudit.cycle.deadline.beforeStart",
					"The deadline must be on or after the start of the period");
		}
		if (agencyIds == null || agencyIds.isEmpty()) {
			throw new AuditRuleException("selfaudit.cycle.agencies.required", "Choose at least one agency");
		}
		Set<CycleAgency> chosen = agencyIds.stream().map(CycleAgency::new).collect(Collectors.toSet());
		return new AuditCycle(null, partnershipId, name.trim(), periodStart, periodEnd, deadline, frameworkVersion,
				openedBy, now, chosen, null);
	}

	public boolean includes(Long agencyId) {
		return this.agencies.contains(new CycleAgency(agencyId));
	}

	public Set<Long> agencyIds() {
		return this.agencies.stream().map(CycleAgency::agencyId).collect(Collectors.toUnmodifiableSet());
	}

	public boolean isPastDeadline(LocalDate today) {
		return today.isAfter(this.deadline);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getFrameworkVersion() {
		return this.frameworkVersion;
	}

	public Long getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
