package org.onlinelives.selfaudit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkLoader;
import org.onlinelives.support.People;

import org.springframework.test.util.ReflectionTestUtils;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * Audits for the self-audit web slice: partnership 1, agency 2 ("Riverside Academy"),
 * cycle 5, built without a database and served by the mocked {@link SelfAudits}.
 */
final class SelfAuditSliceFixtures {

	static final AuditFramework FRAMEWORK = new FrameworkLoader().loadDefault();

	static final long PARTNERSHIP = 1L;

	static final long AGENCY = 2L;

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private SelfAuditSliceFixtures() {
	}

	static AuditCycle cycle() {
		AuditCycle cycle = AuditCycle.open(PARTNERSHIP, "Autumn 2026", LocalDate.of(2026, 4, 1),
				LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 31), List.of(AGENCY), FRAMEWORK.version(), 9L, NOW);
		ReflectionTestUtils.setField(cycle, "id", 5L);
		ReflectionTestUtils.setField(cycle, "version", 0L);
		return cycle;
	}

	static Audit audit(long id, AuditStatus status) {
		Audit audit = Audit.start(cycle(), AGENCY, 3L, NOW);
		ReflectionTestUtils.setField(audit, "id", id);
		ReflectionTestUtils.setField(audit, "status", status);
		ReflectionTestUtils.setField(audit, "version", 0L);
		return audit;
	}

	static Map<String, AuditStatement> statements(Audit audit) {
		Map<String, AuditStatement> statements = new LinkedHashMap<>();
		long id = 1;
		for (var statement : FRAMEWORK.statements()) {
			AuditStatement stored = AuditStatement.unscored(audit.getId(), statement.number());
			ReflectionTestUtils.setField(stored, "id", id++);
			ReflectionTestUtils.setField(stored, "version", 0L);
			statements.put(statement.number(), stored);
		}
		return statements;
	}

	/** The audit as every page reads it through {@link SelfAudits} and AuditViews. */
	static Audit served(SelfAudits selfAudits, long id, AuditStatus status) {
		Audit audit = audit(id, status);
		Map<String, AuditStatement> statements = statements(audit);
		given(selfAudits.viewable(any(), eq(id))).willReturn(audit);
		given(selfAudits.framework(audit)).willReturn(FRAMEWORK);
		given(selfAudits.cycleOf(audit)).willReturn(cycle());
		given(selfAudits.agencyName(audit)).willReturn("Riverside Academy");
		given(selfAudits.statements(audit)).willReturn(statements);
		return audit;
	}

	static User lead() {
		return People.person(PARTNERSHIP, AGENCY, Role.AGENCY_LEAD);
	}

	static User practitioner() {
		return People.person(PARTNERSHIP, AGENCY, Role.PRACTITIONER);
	}

	static User reviewer() {
		return People.person(PARTNERSHIP, 8L, Role.QA_REVIEWER);
	}

	static User admin() {
		return People.person(PARTNERSHIP, null, Role.PARTNERSHIP_ADMIN);
	}

	static User analyst() {
		return People.person(PARTNERSHIP, null, Role.ANALYST);
	}

}
