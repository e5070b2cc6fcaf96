package org.onlinelives.selfaudit.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkLoader;

/** Builders for audits in any status, without a database. */
final class AuditFixtures {

	static final AuditFramework FRAMEWORK = new FrameworkLoader().loadDefault();

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private AuditFixtures() {
	}

	static AuditCycle cycle(Long... agencyIds) {
		AuditCycle opened = AuditCycle.open(1L, "Autumn 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
				LocalDate.of(2026, 12, 31), List.of(agencyIds), FRAMEWORK.version(), 9L, NOW);
		return new AuditCycle(5L, opened.getPartnershipId(), opened.getName(), opened.getPeriodStart(),
				opened.getPeriodEnd(), opened.getDeadline(), opened.getFrameworkVersion(), 9L, NOW,
				Set.copyOf(java.util.Arrays.stream(agencyIds).map(CycleAgency::new).toList()), 0L);
	}

	static Audit audit(AuditStatus status) {
		return new Audit(7L, 1L, 2L, 5L, FRAMEWORK.version(), status, 3L, NOW, null, null, null, null, null, Set.of(),
				0L);
	}

	static List<AuditStatement> statements(Long auditId) {
		List<AuditStatement> statements = new ArrayList<>();
		FRAMEWORK.statements()
			.forEach((statement) -> statements
				.add(new AuditStatement(statements.size() + 1L, auditId, statement.number(), null, null, null, null,
						null, QaState.NOT_REVIEWED, null, null, null, null, null, 0L)));
		return statements;
	}

	static List<AuditStatement> scoredStatements(Audit audit, int score) {
		List<AuditStatement> statements = statements(audit.getId());
		statements.forEach((statement) -> statement.answer(audit, score, "evidence", null, 3L, "Lead", NOW));
		return statements;
	}

}
