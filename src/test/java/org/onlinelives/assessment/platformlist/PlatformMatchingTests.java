package org.onlinelives.assessment.platformlist;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onlinelives.assessment.PlatformName;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformMatchingTests {

	private static final List<String> LIST = PlatformMatching.DEFAULTS;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Snapchat     | Snapchat
			'snapchat '  | Snapchat
			SNAP CHAT    | Snapchat
			' tik  tok'  | TikTok
			x (twitter)  | X (Twitter)
			youtube      | YouTube
			online games chat | Online games chat
			""")
	void typedNamesMatchTheListWhateverTheirCaseAndSpaces(String typed, String recorded) {
		assertThat(PlatformMatching.resolve(List.of(typed), LIST, Map.of())).containsExactly(recorded);
	}

	@Test
	void namesNotOnTheListStayAsTypedWithTheirSpacesTidied() {
		assertThat(PlatformMatching.resolve(List.of("  Yubo ", "Snapchatt", "Bereal  app"), LIST, Map.of()))
			.containsExactly("Yubo", "Snapchatt", "Bereal app");
	}

	@Test
	void eachPlatformIsRecordedOnceInTheOrderTypedAndBlanksAreDropped() {
		assertThat(PlatformMatching.resolve(List.of("Roblox", "", "  ", "snapchat", "ROBLOX", "yubo", "Yubo"), LIST,
				Map.of()))
			.containsExactly("Roblox", "Snapchat", "yubo");
	}

	@Test
	void aMergedSpellingMatchesTheNameItWasMergedInto() {
		Map<String, String> aliases = Map.of(PlatformName.key("Snapchatt"), "Snapchat");
		assertThat(PlatformMatching.resolve(List.of("snap chatt", "Snapchat"), LIST, aliases))
			.containsExactly("Snapchat");
	}

	@Test
	void anAliasToANameNoLongerOnTheListIsIgnored() {
		Map<String, String> aliases = Map.of(PlatformName.key("Snapchatt"), "Gone app");
		assertThat(PlatformMatching.resolve(List.of("Snapchatt"), LIST, aliases)).containsExactly("Snapchatt");
	}

	@Test
	void aMergeReplacesTheVariantAndKeepsEachPlatformOnce() {
		assertThat(PlatformMatching.merge(List.of("Snapchatt", "Roblox", "Snapchat"), "Snapchatt", "Snapchat"))
			.containsExactly("Snapchat", "Roblox");
		assertThat(PlatformMatching.merge(List.of("Roblox", "snap chatt"), "Snapchatt", "Snapchat"))
			.containsExactly("Roblox", "Snapchat");
	}

	@Test
	void aMergeAlsoTidiesOtherSpellingsOfTheCanonicalName() {
		assertThat(PlatformMatching.merge(List.of("snapchat ", "Yubo"), "Snapchatt", "Snapchat"))
			.containsExactly("Snapchat", "Yubo");
	}

	@Test
	void aMergeLeavesRecordsWithoutTheVariantAsTheyWere() {
		List<String> recorded = List.of("Roblox", "Yubo");
		assertThat(PlatformMatching.merge(recorded, "Snapchatt", "Snapchat")).isEqualTo(recorded);
	}

	@Test
	void keysIgnoreCaseAndEveryKindOfWhiteSpace() {
		assertThat(PlatformName.key(" Snap\tChat\n")).isEqualTo("snapchat");
		assertThat(PlatformName.tidy("  Online   games\tchat ")).isEqualTo("Online games chat");
		assertThat(PlatformName.key("Snapchat")).isNotEqualTo(PlatformName.key("Snapchatt"));
	}

}
