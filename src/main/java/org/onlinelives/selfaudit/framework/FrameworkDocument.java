package org.onlinelives.selfaudit.framework;

import java.util.List;

/**
 * The framework file as written, before it is checked. Every field may be missing, so
 * numbers are boxed and the checks can say exactly what is wrong.
 */
record FrameworkDocument(String version, FrameworkSource source, List<ScaleDocument> scale,
		List<CaseExample> caseExamples, List<SectionDocument> sections) {

	record ScaleDocument(Integer score, String label, String descriptor) {

	}

	record SectionDocument(Integer number, String title, List<FrameworkStatement> statements,
			GuidanceDocument guidance) {

	}

	record GuidanceDocument(String whyItMatters, List<String> questionsToConsider,
			List<EvidenceMessage> messagesFromEvidence, List<SourceOfHelp> sourcesOfHelp, List<String> caseExamples) {

	}

}
