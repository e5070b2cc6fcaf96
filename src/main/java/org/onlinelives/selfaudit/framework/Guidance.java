package org.onlinelives.selfaudit.framework;

import java.util.List;

/**
 * Guidance that goes with a section.
 *
 * @param whyItMatters why the section matters
 * @param questionsToConsider questions for the service to think about
 * @param messagesFromEvidence messages from research and evaluation
 * @param sourcesOfHelp where to find help
 * @param caseExamples cases to reflect on
 */
public record Guidance(String whyItMatters, List<String> questionsToConsider,
		List<EvidenceMessage> messagesFromEvidence, List<SourceOfHelp> sourcesOfHelp, List<CaseExample> caseExamples) {

	public Guidance {
		questionsToConsider = List.copyOf(questionsToConsider);
		messagesFromEvidence = List.copyOf(messagesFromEvidence);
		sourcesOfHelp = List.copyOf(sourcesOfHelp);
		caseExamples = List.copyOf(caseExamples);
	}

}
