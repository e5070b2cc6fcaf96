package org.onlinelives.survey.questionnaire;

import java.util.List;

/**
 * What makes a question a high-risk scenario: its C, the options that count as having met
 * it, and the words that finish the sentence "… were N times as likely to …".
 */
public record ScenarioFacts(RiskC c, List<String> positive, String summary) {

	public ScenarioFacts {
		positive = List.copyOf(positive);
	}

}
