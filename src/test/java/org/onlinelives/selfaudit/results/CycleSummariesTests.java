package org.onlinelives.selfaudit.results;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.selfaudit.AuditResultsQuery.WeakStatement;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkLoader;

import static org.assertj.core.api.Assertions.assertThat;

class CycleSummariesTests {

	private final AuditFramework framework = new FrameworkLoader().loadDefault();

	private Map<String, Integer> allScored(int score) {
		Map<String, Integer> scores = new HashMap<>();
		this.framework.statements().forEach((statement) -> scores.put(statement.number(), score));
		return scores;
	}

	@Test
	void namesTheFiveLowestAveragesOnlyWhereEnoughAgenciesScored() {
		Map<Long, Map<String, Integer>> submitted = new LinkedHashMap<>();
		submitted.put(1L, allScored(3));
		submitted.put(2L, allScored(3));
		submitted.put(3L, allScored(3));
		submitted.get(1L).put("2.3", 0);
		submitted.get(2L).put("2.3", 1);
		submitted.get(1L).put("5.4", 1);
		submitted.get(1L).put("1.1", 2);
		// 6.6 is lowest but only two agencies scored it: never named
		submitted.get(1L).put("6.6", 0);
		submitted.get(2L).put("6.6", 0);
		submitted.get(3L).remove("6.6");

		assertThat(CycleSummaries.weakest(this.framework, submitted)).extracting(WeakStatement::number)
			.containsExactly("2.3", "5.4", "1.1", "1.2", "1.3");
		WeakStatement weakest = CycleSummaries.weakest(this.framework, submitted).get(0);
		assertThat(weakest.averageScore()).isEqualTo("1.3");
		assertThat(weakest.agencies()).isEqualTo(3);
		assertThat(weakest.text()).isNotBlank();
	}

	@Test
	void namesNothingWithFewerThanThreeAgencies() {
		Map<Long, Map<String, Integer>> submitted = new LinkedHashMap<>();
		submitted.put(1L, allScored(0));
		submitted.put(2L, allScored(1));
		assertThat(CycleSummaries.weakest(this.framework, submitted)).isEmpty();
	}

}
