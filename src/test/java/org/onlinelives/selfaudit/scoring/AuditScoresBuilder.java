package org.onlinelives.selfaudit.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkLoader;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.selfaudit.framework.FrameworkStatement;

/**
 * Builds one agency's scores against the shipped framework.
 */
final class AuditScoresBuilder {

	static final AuditFramework FRAMEWORK = new FrameworkLoader().loadDefault();

	private final Map<String, Integer> scores = new LinkedHashMap<>();

	static AuditScoresBuilder audit() {
		return new AuditScoresBuilder();
	}

	AuditScoresBuilder allScored(int score) {
		FRAMEWORK.statements().forEach((statement) -> this.scores.put(statement.number(), score));
		return this;
	}

	AuditScoresBuilder section(int number, int score) {
		FrameworkSection section = FRAMEWORK.section(number);
		for (FrameworkStatement statement : section.statements()) {
			this.scores.put(statement.number(), score);
		}
		return this;
	}

	AuditScoresBuilder with(String statementNumber, Integer score) {
		this.scores.put(statementNumber, score);
		return this;
	}

	AuditScores build() {
		return AuditScores.of(FRAMEWORK, this.scores);
	}

}
