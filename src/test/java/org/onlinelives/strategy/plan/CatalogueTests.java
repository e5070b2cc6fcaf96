package org.onlinelives.strategy.plan;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommendations catalogue and the priorities: ten recommendations numbered 1 to 10,
 * each with its words; four priorities each described; and the priority suggested for an
 * escalated statement.
 */
class CatalogueTests {

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (var in = CatalogueTests.class.getClassLoader().getResourceAsStream("messages-strategy.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void tenRecommendationsNumberedOneToTenEachWithTitleAndText() throws IOException {
		Properties messages = messages();
		assertThat(Recommendation.values()).hasSize(10);
		assertThat(Arrays.stream(Recommendation.values()).map(Recommendation::number)).containsExactly(1, 2, 3, 4, 5, 6,
				7, 8, 9, 10);
		for (Recommendation recommendation : Recommendation.values()) {
			assertThat(messages.getProperty(recommendation.messageKey())).as(recommendation.name()).isNotBlank();
			assertThat(messages.getProperty(recommendation.textKey())).as(recommendation.name()).isNotBlank();
			assertThat(Recommendation.ofCode(recommendation.name())).isSameAs(recommendation);
		}
		assertThat(Recommendation.ofCode("R11")).isNull();
		assertThat(Recommendation.ofCode(null)).isNull();
		// the evaluation's training recommendations serve training and development
		assertThat(Recommendation.R6.priority()).isEqualTo(StrategicPriority.TRAINING_AND_DEVELOPMENT);
		assertThat(Recommendation.R10.priority()).isEqualTo(StrategicPriority.RAISING_AWARENESS);
	}

	@Test
	void everyPriorityAndStatusAndRatingIsInWords() throws IOException {
		Properties messages = messages();
		for (StrategicPriority priority : StrategicPriority.values()) {
			assertThat(messages.getProperty(priority.messageKey())).isNotBlank();
			assertThat(messages.getProperty(priority.aboutKey())).isNotBlank();
		}
		for (PlanStatus status : PlanStatus.values()) {
			assertThat(messages.getProperty(status.messageKey())).isNotBlank();
		}
		for (Rag rag : Rag.values()) {
			assertThat(messages.getProperty(rag.messageKey())).isNotBlank();
		}
	}

	@Test
	void anEscalatedStatementSuggestsThePriorityOfItsSection() {
		assertThat(StrategicPriority.suggestedFor("2.3")).isEqualTo(StrategicPriority.TRAINING_AND_DEVELOPMENT);
		assertThat(StrategicPriority.suggestedFor("3.1")).isEqualTo(StrategicPriority.IMPROVING_PRACTICE);
		assertThat(StrategicPriority.suggestedFor("5.4")).isEqualTo(StrategicPriority.IMPROVING_PRACTICE);
		assertThat(StrategicPriority.suggestedFor("6.2")).isEqualTo(StrategicPriority.RAISING_AWARENESS);
		assertThat(StrategicPriority.suggestedFor("1.1")).isEqualTo(StrategicPriority.LEADERSHIP);
		assertThat(StrategicPriority.suggestedFor("4.6")).isEqualTo(StrategicPriority.LEADERSHIP);
		assertThat(StrategicPriority.suggestedFor(null)).isNull();
		assertThat(StrategicPriority.suggestedFor("9.9")).isNull();
	}

}
