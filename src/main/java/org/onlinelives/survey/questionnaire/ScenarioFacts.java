package org.onlinelives.survey.questionnaire;

import java.util.List;

/**
 * What makes a question a high-risk scenario: its C, the options that count as having met
 * it, and the words that finish the sentence "… were N times as likely to …". A scenario
 * can also mark a vulnerable group (seed 000 names young people who were cyberbullied
 * beside those in care or caring): those who met it are then compared with everyone else
 * on every other scenario.
 */
public record ScenarioFacts(RiskC c, List<String> positive, String summary, Boolean marksGroup) {

	public ScenarioFacts {
		positive = List.copyOf(positive);
		// left out in the bank (and in surveys published before groups could be marked)
		marksGroup = Boolean.TRUE.equals(marksGroup);
	}

}
