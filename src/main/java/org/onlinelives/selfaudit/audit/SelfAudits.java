package org.onlinelives.selfaudit.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.people.PeopleDirectory.PersonName;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening cycles, starting and completing audits: finds every record in the caller's
 * scope, asks the aggregates to make the change and stores it.
 */
@Service
public class SelfAudits {

	private final AuditCycles cycles;

	private final Audits audits;

	private final AuditStatements statements;

	private final ScoreHistory history;

	private final FrameworkCatalogue frameworks;

	private final AgencyDirectory agencies;

	private final PeopleDirectory users;

	private final AccessLog accessLog;

	private final Clock clock;

	SelfAudits(AuditCycles cycles, Audits audits, AuditStatements statements, ScoreHistory history,
			FrameworkCatalogue frameworks, AgencyDirectory agencies, PeopleDirectory users, AccessLog accessLog,
			Clock clock) {
		this.cycles = cycles;
		this.audits = audits;
		this.statements = statements;
		this.history = history;
		this.frameworks = frameworks;
		this.agencies = agencies;
		this.users = users;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record CycleDetails(String name, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
			List<Long> agencyIds) {
	}

	/** What the agency typed for one statement. */
	public record StatementInput(String number, Integer score, String evidence, String links, Long version) {
	}

	/**
	 * A statement someone else saved while this person was working.
	 *
	 * @param statement the statement as it is now stored
	 * @param savedByName who saved it
	 */
	public record Conflict(AuditStatement statement, String savedByName) {
	}

	@Transactional
	public AuditCycle openCycle(SignedInUser admin, CycleDetails details) {
		for (Long agencyId : details.agencyIds()) {
			this.agencies.find(admin.partnershipId(), agencyId)
				.orElseThrow(() -> new RecordNotFoundException("agency", agencyId));
		}
		if (details.name() != null
				&& this.cycles.existsByPartnershipIdAndNameIgnoreCase(admin.partnershipId(), details.name().trim())) {
			throw new AuditRuleException("selfaudit.cycle.name.taken", "A cycle with this name already exists");
		}
		AuditFramework framework = this.frameworks.current();
		AuditCycle cycle = AuditCycle.open(admin.partnershipId(), details.name(), details.periodStart(),
				details.periodEnd(), details.deadline(), details.agencyIds(), framework.version(), admin.id(),
				this.clock.instant());
		this.frameworks.markUsed(framework.version());
		AuditCycle saved = this.cycles.save(cycle);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "audit-cycle", saved.getId(), "cycle opened");
		return saved;
	}

	public List<AuditCycle> cycles(SignedInUser user) {
		return this.cycles.inPartnership(user.partnershipId());
	}

	public AuditCycle cycle(SignedInUser user, long id) {
		return this.cycles.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException("audit-cycle", id));
	}

	public List<AuditCycle> cyclesForAgency(SignedInUser user) {
		if (user.agencyId() == null) {
			return List.of();
		}
		return this.cycles.forAgency(user.partnershipId(), user.agencyId());
	}

	public List<Audit> auditsOfOwnAgency(SignedInUser user) {
		if (user.agencyId() == null) {
			return List.of();
		}
		return this.audits.ofAgency(user.partnershipId(), user.agencyId());
	}

	public List<Audit> auditsInCycle(SignedInUser user, AuditCycle cycle) {
		return this.audits.inCycle(user.partnershipId(), cycle.getId());
	}

	/**
	 * Audits waiting for QA that this person may open (never their own agency's as QA).
	 */
	public List<Audit> awaitingQa(SignedInUser user) {
		return this.audits.awaitingQa(user.partnershipId())
			.stream()
			.filter((audit) -> AuditAccess.canView(user, audit))
			.toList();
	}

	public List<Audit> signedOff(SignedInUser user) {
		return this.audits.signedOff(user.partnershipId())
			.stream()
			.filter((audit) -> AuditAccess.canView(user, audit))
			.toList();
	}

	/**
	 * Starts the agency's audit for a cycle, or returns the one already started, so a
	 * second click never makes a second audit.
	 */
	@Transactional
	public Audit start(SignedInUser lead, long cycleId) {
		AuditCycle cycle = this.cycles.findByIdAndPartnershipId(cycleId, lead.partnershipId())
			.filter((found) -> lead.agencyId() != null && found.includes(lead.agencyId()))
			.orElseThrow(() -> new RecordNotFoundException("audit-cycle", cycleId));
		return this.audits.findByAuditCycleIdAndAgencyIdAndPartnershipId(cycleId, lead.agencyId(), lead.partnershipId())
			.orElseGet(() -> {
				Audit audit = this.audits.save(Audit.start(cycle, lead.agencyId(), lead.id(), this.clock.instant()));
				this.statements.saveAll(framework(audit).statements()
					.stream()
					.map((statement) -> AuditStatement.unscored(audit.getId(), statement.number()))
					.toList());
				this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit", audit.getId(), "audit started");
				return audit;
			});
	}

	/**
	 * The audit, if this person may see it.
	 * @throws RecordNotFoundException when it does not exist or is outside their scope
	 */
	public Audit viewable(SignedInUser user, long auditId) {
		return this.audits.findByIdAndPartnershipId(auditId, user.partnershipId())
			.filter((audit) -> AuditAccess.canView(user, audit))
			.orElseThrow(() -> new RecordNotFoundException("audit", auditId));
	}

	public AuditFramework frameworkVersion(String version) {
		return this.frameworks.version(version);
	}

	/** Every audit of the audit's agency, newest first. */
	public List<Audit> auditsOfAgency(Audit audit) {
		return this.audits.ofAgency(audit.getPartnershipId(), audit.getAgencyId());
	}

	public AuditFramework framework(Audit audit) {
		return this.frameworks.version(audit.getFrameworkVersion());
	}

	/** The audit's statements keyed by number, in published order. */
	public Map<String, AuditStatement> statements(Audit audit) {
		Map<String, AuditStatement> byNumber = this.statements.ofAudit(audit.getPartnershipId(), audit.getId())
			.stream()
			.collect(Collectors.toMap(AuditStatement::getStatementNumber, Function.identity()));
		Map<String, AuditStatement> ordered = new java.util.LinkedHashMap<>();
		for (FrameworkStatement statement : framework(audit).statements()) {
			ordered.put(statement.number(), byNumber.get(statement.number()));
		}
		return ordered;
	}

	public List<ScoreChange> history(Audit audit) {
		return this.history.of(audit.getPartnershipId(), audit.getId());
	}

	/**
	 * The statements among these inputs that someone else has saved since the person
	 * loaded the page, where what this person sent differs from what is now stored.
	 */
	public List<Conflict> conflicts(Audit audit, List<StatementInput> inputs) {
		return conflicts(audit, statements(audit), inputs);
	}

	private List<Conflict> conflicts(Audit audit, Map<String, AuditStatement> current, List<StatementInput> inputs) {
		List<Conflict> conflicts = new ArrayList<>();
		for (StatementInput input : inputs) {
			AuditStatement stored = current.get(input.number());
			if (stored != null && !Objects.equals(stored.getVersion(), input.version())
					&& stored.differsFrom(input.score(), input.evidence(), input.links())) {
				conflicts.add(new Conflict(stored, nameOf(audit, stored.getUpdatedBy())));
			}
		}
		return conflicts;
	}

	/**
	 * Saves one section's answers, all or none: if anyone else saved one of these
	 * statements since the page was loaded, nothing is saved and the clashes are returned
	 * so the page can show both versions.
	 * @return the clashes; empty when saved
	 * @throws org.springframework.dao.OptimisticLockingFailureException when another save
	 * lands between the check and this one
	 */
	@Transactional
	public List<Conflict> saveSection(SignedInUser user, Audit audit, int sectionNumber, List<StatementInput> inputs) {
		if (!AuditAccess.canEditSection(user, audit, sectionNumber)) {
			throw new RecordNotFoundException("audit", audit.getId());
		}
		audit.ensureOpenForAnswers();
		// Checked against the very rows that are then saved: each save's version check
		// refuses a save made by someone else after this read.
		Map<String, AuditStatement> current = statements(audit);
		List<Conflict> conflicts = conflicts(audit, current, inputs);
		if (!conflicts.isEmpty()) {
			return conflicts;
		}
		for (StatementInput input : inputs) {
			AuditStatement statement = current.get(input.number());
			if (statement == null || framework(audit).statement(input.number())
				.map(FrameworkStatement::sectionNumber)
				.orElse(-1) != sectionNumber) {
				throw new IllegalArgumentException(
						"Statement " + input.number() + " is not in section " + sectionNumber);
			}
			statement
				.answer(audit, input.score(), input.evidence(), input.links(), user.id(), user.displayName(),
						this.clock.instant())
				.ifPresent((change) -> this.history.record(audit.getId(), change));
			this.statements.save(statement);
		}
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "audit", audit.getId(),
				"section " + sectionNumber + " saved");
		return List.of();
	}

	/** Shares a section out to a colleague in the same agency, or takes it back. */
	@Transactional
	public void assignSection(SignedInUser lead, Audit audit, int sectionNumber, Long colleagueId) {
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new RecordNotFoundException("audit", audit.getId());
		}
		if (colleagueId != null) {
			this.users.findInAgency(lead.partnershipId(), audit.getAgencyId(), colleagueId)
				.orElseThrow(() -> new RecordNotFoundException("user", colleagueId));
		}
		audit.assignSection(sectionNumber, colleagueId);
		this.audits.save(audit);
		this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit", audit.getId(),
				"section " + sectionNumber + " assigned");
	}

	/**
	 * Submits the audit for QA.
	 * @throws AuditRuleException when already submitted or not complete
	 */
	@Transactional
	public void submit(SignedInUser lead, Audit audit) {
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new RecordNotFoundException("audit", audit.getId());
		}
		audit.submit(statements(audit).values(), lead.id(), this.clock.instant());
		this.audits.save(audit);
		this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit", audit.getId(), "audit submitted");
	}

	/**
	 * The active people of the audit's agency, in name order, to whom its lead may assign
	 * a section.
	 */
	@Transactional(readOnly = true)
	public List<PersonName> colleaguesOf(Audit audit) {
		return this.users.namesOf(audit.getPartnershipId(), audit.getAgencyId())
			.stream()
			.filter(PersonName::active)
			.toList();
	}

	public String nameOf(Audit audit, Long userId) {
		if (userId == null) {
			return "";
		}
		return this.users.find(audit.getPartnershipId(), userId).map((user) -> user.getDisplayName()).orElse("");
	}

	public String agencyName(Audit audit) {
		return this.agencies.find(audit.getPartnershipId(), audit.getAgencyId())
			.map((agency) -> agency.getName())
			.orElse("");
	}

	public AuditCycle cycleOf(Audit audit) {
		return this.cycles.findByIdAndPartnershipId(audit.getAuditCycleId(), audit.getPartnershipId()).orElseThrow();
	}

}
