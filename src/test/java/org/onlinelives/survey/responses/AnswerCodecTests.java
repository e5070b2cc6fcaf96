package org.onlinelives.survey.responses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCodecTests {

	@Test
	void encodesAndDecodesChoices() {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("AGE", List.of("13"));
		answers.put("GROUPS", List.of("YOUNG_CARER", "ALONE"));
		answers.put("EMPTY", List.of());
		String text = AnswerCodec.encode(answers);
		assertThat(text).isEqualTo("AGE=13;GROUPS=YOUNG_CARER|ALONE");
		assertThat(AnswerCodec.decode(text)).containsExactly(Map.entry("AGE", List.of("13")),
				Map.entry("GROUPS", List.of("YOUNG_CARER", "ALONE")));
	}

	@Test
	void visitsEveryChoice() {
		List<String> seen = new ArrayList<>();
		AnswerCodec.visit("AGE=13;GROUPS=YOUNG_CARER|ALONE;S_X=OFTEN",
				(question, option) -> seen.add(question + ":" + option));
		assertThat(seen).containsExactly("AGE:13", "GROUPS:YOUNG_CARER", "GROUPS:ALONE", "S_X:OFTEN");
	}

	@Test
	void decodesNothingFromEmptyText() {
		assertThat(AnswerCodec.decode("")).isEmpty();
		assertThat(AnswerCodec.decode(null)).isEmpty();
	}

}
