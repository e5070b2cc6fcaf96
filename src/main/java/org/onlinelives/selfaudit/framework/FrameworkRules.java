package org.onlinelives.selfaudit.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onlinelives.selfaudit.framework.FrameworkDocument.GuidanceDocument;
import org.onlinelives.selfaudit.framework.FrameworkDocument.ScaleDocument;
import org.onlinelives.selfaudit.framework.FrameworkDocument.SectionDocument;

/**
 * The rules framework content must keep: a version and source, a complete 0 to 4 scale,
 * six sections numbered 1 to 6 of six statements numbered as published (1.1 to 6.6), and
 * guidance for every section. Collects every problem rather than stopping at the first.
 */
final class FrameworkRules {

	private final List<String> problems = new ArrayList<>();

	private FrameworkRules() {
	}

	static List<String> check(FrameworkDocument document) {
		FrameworkRules rules = new FrameworkRules();
		rules.checkDocument(document);
		return List.copyOf(rules.problems);
	}

	private void checkDocument(FrameworkDocument document) {
		required(document.version(), "version");
		checkSource(document.source());
		checkScale(document.scale());
		Set<String> caseExampleIds = checkCaseExamples(document.caseExamples());
		checkSections(document.sections(), caseExampleIds);
	}

	private void checkSource(FrameworkSource source) {
		if (source == null) {
			this.problems.add("source is missing");
			return;
		}
		required(source.title(), "source title");
		required(source.publisher(), "source publisher");
		required(source.seed(), "source seed");
	}

	// seed 000: the scale runs 0 (not at all) to 4 (always), one descriptor for each
	// score
	private void checkScale(List<ScaleDocument> scale) {
		if (scale == null) {
			this.problems.add("scale is missing");
			return;
		}
		List<Integer> scores = scale.stream().map((level) -> (level != null) ? level.score() : null).toList();
		List<Integer> expected = List.of(0, 1, 2, 3, 4);
		if (!scores.equals(expected)) {
			this.problems.add("scale must list scores " + expected + " in order; found " + scores);
		}
		for (ScaleDocument level : scale) {
			if (level != null) {
				required(level.label(), "label of scale score " + level.score());
				required(level.descriptor(), "descriptor of scale score " + level.score());
			}
		}
	}

	private Set<String> checkCaseExamples(List<CaseExample> caseExamples) {
		Set<String> ids = new HashSet<>();
		if (caseExamples == null) {
			this.problems.add("caseExamples is missing (use [] when there are none)");
			return ids;
		}
		for (CaseExample example : caseExamples) {
			if (example == null || isBlank(example.id())) {
				this.problems.add("a case example has no id");
				continue;
			}
			if (!ids.add(example.id())) {
				this.problems.add("case example id '" + example.id() + "' is used more than once");
			}
			required(example.name(), "name of case example '" + example.id() + "'");
			required(example.summary(), "summary of case example '" + example.id() + "'");
			required(example.reflectivePrompt(), "reflective prompt of case example '" + example.id() + "'");
		}
		return ids;
	}

	private void checkSections(List<SectionDocument> sections, Set<String> caseExampleIds) {
		if (sections == null) {
			this.problems.add("sections are missing");
			return;
		}
		if (sections.size() != AuditFramework.SECTION_COUNT) {
			this.problems.add("expected " + AuditFramework.SECTION_COUNT + " sections; found " + sections.size());
		}
		for (int i = 0; i < sections.size(); i++) {
			SectionDocument section = sections.get(i);
			int expectedNumber = i + 1;
			if (section == null) {
				this.problems.add("section " + expectedNumber + " is empty");
				continue;
			}
			if (section.number() == null || section.number() != expectedNumber) {
				this.problems.add("section in position " + expectedNumber + " is numbered " + section.number()
						+ "; expected " + expectedNumber);
			}
			required(section.title(), "title of section " + expectedNumber);
			checkStatements(expectedNumber, section.statements());
			checkGuidance(expectedNumber, section.guidance(), caseExampleIds);
		}
	}

	private void checkStatements(int sectionNumber, List<FrameworkStatement> statements) {
		if (statements == null) {
			this.problems.add("section " + sectionNumber + " has no statements");
			return;
		}
		if (statements.size() != AuditFramework.STATEMENTS_PER_SECTION) {
			this.problems.add("section " + sectionNumber + " has " + statements.size() + " statements; expected "
					+ AuditFramework.STATEMENTS_PER_SECTION);
		}
		for (int i = 0; i < statements.size(); i++) {
			FrameworkStatement statement = statements.get(i);
			String expectedNumber = sectionNumber + "." + (i + 1);
			if (statement == null) {
				this.problems.add("statement " + expectedNumber + " is empty");
				continue;
			}
			if (!expectedNumber.equals(statement.number())) {
				this.problems.add("statement in position " + (i + 1) + " of section " + sectionNumber + " is numbered "
						+ quoted(statement.number()) + "; expected '" + expectedNumber + "'");
			}
			required(statement.text(), "text of statement " + expectedNumber);
			required(statement.suggestedAction(), "suggested action of statement " + expectedNumber);
		}
	}

	private void checkGuidance(int sectionNumber, GuidanceDocument guidance, Set<String> caseExampleIds) {
		String where = " in the guidance for section " + sectionNumber;
		if (guidance == null) {
			this.problems.add("section " + sectionNumber + " has no guidance");
			return;
		}
		required(guidance.whyItMatters(), "why it matters" + where);
		if (notEmpty(guidance.questionsToConsider(), "questions to consider" + where)) {
			guidance.questionsToConsider().forEach((question) -> required(question, "a question to consider" + where));
		}
		if (notEmpty(guidance.messagesFromEvidence(), "messages from evidence" + where)) {
			for (EvidenceMessage message : guidance.messagesFromEvidence()) {
				required((message != null) ? message.text() : null, "text of a message from evidence" + where);
				required((message != null) ? message.source() : null, "source of a message from evidence" + where);
			}
		}
		if (notEmpty(guidance.sourcesOfHelp(), "sources of help" + where)) {
			guidance.sourcesOfHelp().forEach((help) -> checkSourceOfHelp(help, where));
		}
		if (guidance.caseExamples() == null) {
			this.problems.add("case examples are missing" + where + " (use [] when there are none)");
			return;
		}
		for (String id : guidance.caseExamples()) {
			if (!caseExampleIds.contains(id)) {
				this.problems.add("case example " + quoted(id) + " is not defined" + where);
			}
		}
	}

	private void checkSourceOfHelp(SourceOfHelp help, String where) {
		if (help == null) {
			this.problems.add("a source of help is empty" + where);
			return;
		}
		required(help.name(), "name of a source of help" + where);
		required(help.description(), "description of source of help " + quoted(help.name()) + where);
		if (help.url() != null && !help.url().startsWith("https://") && !help.url().startsWith("http://")) {
			this.problems.add("source of help " + quoted(help.name()) + where + " has a url that is not a web address: "
					+ quoted(help.url()));
		}
	}

	private boolean notEmpty(List<?> list, String what) {
		if (list == null || list.isEmpty()) {
			this.problems.add(what + " must list at least one item");
			return false;
		}
		return true;
	}

	private void required(String value, String what) {
		if (isBlank(value)) {
			this.problems.add(what + " is missing");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String quoted(String value) {
		return (value != null) ? "'" + value + "'" : "nothing";
	}

}
