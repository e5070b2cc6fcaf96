package org.onlinelives.selfaudit.web;

import java.util.List;
import java.util.Set;

import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.EvidenceLinks;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.springframework.validation.Errors;

/**
 * Checks a section's answers: each score blank or 0 to 4, evidence up to 10,000
 * characters, links one web address per line, and exactly this section's statements.
 */
final class SectionFormValidator {

	private SectionFormValidator() {
	}

	static void validate(SectionForm form, FrameworkSection section, Errors errors) {
		Set<String> expected = Set.copyOf(section.statements().stream().map(FrameworkStatement::number).toList());
		boolean gaps = form.statements().stream().anyMatch((answer) -> answer == null || answer.number() == null);
		Set<String> sent = gaps ? Set.of()
				: form.statements()
					.stream()
					.map(SectionForm.Answer::number)
					.collect(java.util.stream.Collectors.toSet());
		if (gaps || form.statements().size() != expected.size() || !expected.equals(sent)) {
			errors.reject("selfaudit.section.statementsMismatch");
			return;
		}
		List<SectionForm.Answer> answers = form.statements();
		for (int i = 0; i < answers.size(); i++) {
			SectionForm.Answer answer = answers.get(i);
			String path = "statements[" + i + "].";
			if (answer.score() != null && !answer.score().isBlank() && !isScore(answer.score())) {
				errors.rejectValue(path + "score", "selfaudit.score.offScale", new Object[] { answer.number() }, null);
			}
			if (isScore(answer.score()) && AuditStatement.lacksEvidence(answer.scoreValue(), answer.evidence())) {
				errors.rejectValue(path + "evidence", "selfaudit.evidence.requiredForHighScore",
						new Object[] { answer.number(), answer.scoreValue() }, null);
			}
			if (answer.evidence() != null && answer.evidence().strip().length() > AuditStatement.MAX_EVIDENCE) {
				errors.rejectValue(path + "evidence", "selfaudit.evidence.tooLong",
						new Object[] { answer.number(), answer.evidence().strip().length() }, null);
			}
			List<String> badLinks = EvidenceLinks.invalidLines(answer.links());
			if (!badLinks.isEmpty()) {
				errors.rejectValue(path + "links", "selfaudit.links.invalid",
						new Object[] { answer.number(), abbreviate(badLinks.get(0)) }, null);
			}
			else if (EvidenceLinks.lines(answer.links()).size() > EvidenceLinks.MAX_LINKS
					|| String.join("\n", EvidenceLinks.lines(answer.links()))
						.length() > EvidenceLinks.MAX_TOTAL_LENGTH) {
				errors.rejectValue(path + "links", "selfaudit.links.tooMany",
						new Object[] { answer.number(), EvidenceLinks.MAX_LINKS }, null);
			}
		}
	}

	private static boolean isScore(String text) {
		if (text == null) {
			return false;
		}
		String trimmed = text.strip();
		if (trimmed.length() != 1 || !Character.isDigit(trimmed.charAt(0))) {
			return false;
		}
		return AuditFramework.isOnScale(Integer.parseInt(trimmed));
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

}
