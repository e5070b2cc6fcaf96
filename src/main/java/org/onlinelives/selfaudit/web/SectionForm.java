package org.onlinelives.selfaudit.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.SelfAudits.StatementInput;

/**
 * One section's answers as typed. Scores are bound as text so that anything sent, even
 * "seven", comes back to the page with a clear message rather than a binding failure.
 */
record SectionForm(List<Answer> statements) {

	SectionForm {
		statements = (statements != null) ? statements : new ArrayList<>();
	}

	record Answer(String number, String score, String evidence, String links, Long version) {

		static Answer of(AuditStatement statement) {
			return new Answer(statement.getStatementNumber(),
					(statement.getScore() != null) ? statement.getScore().toString() : null, statement.getEvidence(),
					statement.getLinks(), statement.getVersion());
		}

		Integer scoreValue() {
			return (this.score == null || this.score.isBlank()) ? null : Integer.valueOf(this.score.strip());
		}

		StatementInput input() {
			return new StatementInput(this.number, scoreValue(), this.evidence, this.links, this.version);
		}

	}

	static SectionForm of(List<AuditStatement> statements) {
		return new SectionForm(statements.stream().map(Answer::of).toList());
	}

	/**
	 * This section's six answers in published order: what was sent for each statement, or
	 * what is stored where nothing was sent for it. Used when a tampered or stale form
	 * did not match the section, so the page can still be shown with what was typed.
	 */
	SectionForm alignedTo(List<AuditStatement> stored) {
		List<Answer> aligned = new ArrayList<>();
		for (AuditStatement statement : stored) {
			aligned.add(this.statements.stream()
				.filter((answer) -> answer != null && statement.getStatementNumber().equals(answer.number()))
				.findFirst()
				.orElse(Answer.of(statement)));
		}
		return new SectionForm(aligned);
	}

	List<StatementInput> inputs() {
		return this.statements.stream().map(Answer::input).toList();
	}

}
