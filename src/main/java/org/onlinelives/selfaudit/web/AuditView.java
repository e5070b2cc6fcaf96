package org.onlinelives.selfaudit.web;

import java.util.List;
import java.util.Map;

import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkSection;

/**
 * What every audit page shows about the audit: whose it is, which cycle, the framework
 * and the statements as stored.
 */
public record AuditView(Audit audit, String agencyName, AuditCycle cycle, AuditFramework framework,
		Map<String, AuditStatement> statements) {

	public long scoredCount() {
		return this.statements.values().stream().filter(AuditStatement::isScored).count();
	}

	public int statementCount() {
		return this.statements.size();
	}

	public long scoredIn(FrameworkSection section) {
		return section.statements()
			.stream()
			.map((statement) -> this.statements.get(statement.number()))
			.filter((statement) -> statement != null && statement.isScored())
			.count();
	}

	public List<AuditStatement> in(FrameworkSection section) {
		return section.statements().stream().map((statement) -> this.statements.get(statement.number())).toList();
	}

	public AuditStatement statement(String number) {
		return this.statements.get(number);
	}

	public boolean complete() {
		return scoredCount() == statementCount();
	}

}
