package org.onlinelives.survey.questionnaire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadabilityTests {

	@ParameterizedTest
	@CsvSource({ "cat,1", "like,1", "safe,1", "online,2", "people,2", "table,2", "hated,2", "wanted,2", "dangerous,3",
			"computer,3", "photos,2", "3,1" })
	void countsSyllablesByVowelGroups(String word, int syllables) {
		assertThat(Readability.syllables(word)).isEqualTo(syllables);
	}

	@Test
	void worksOutFleschScoresFromCounts() {
		// 6 words, 1 sentence, 6 syllables ("Have you been bullied online?" → have 1, you
		// 1,
		// been 1, bullied 2, online 2 = 7 syllables over 5 words)
		Readability.Score score = Readability.of("Have you been bullied online?");
		assertThat(score.words()).isEqualTo(5);
		assertThat(score.sentences()).isEqualTo(1);
		assertThat(score.syllables()).isEqualTo(7);
		// ease = 206.835 − 1.015·5 − 84.6·1.4 = 83.32; grade = 0.39·5 + 11.8·1.4 − 15.59
		// = 2.88
		assertThat(score.readingEase()).isCloseTo(83.32, within(0.01));
		assertThat(score.grade()).isCloseTo(2.88, within(0.01));
		assertThat(score.suitsAgeNine()).isTrue();
		assertThat(score.readingAge()).isEqualTo(8);
	}

	@Test
	void longWordsAndSentencesReadOlder() {
		Readability.Score score = Readability
			.of("Have you encountered websites promoting extremist ideologies or discriminatory perspectives?");
		assertThat(score.suitsAgeNine()).isFalse();
		assertThat(score.grade()).isGreaterThan(12);
	}

	@Test
	void countsSentences() {
		assertThat(Readability.of("Pick all that fit. You can skip this.").sentences()).isEqualTo(2);
	}

}
