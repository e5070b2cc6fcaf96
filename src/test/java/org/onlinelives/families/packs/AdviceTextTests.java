package org.onlinelives.families.packs;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Advice typed as plain text becomes paragraphs and lists, and never markup. */
class AdviceTextTests {

	@Test
	void blankLinesSeparateParagraphsAndDashedLinesMakeALists() {
		List<AdviceText.Block> blocks = AdviceText.blocks(
				"Talk early and often.\nAsk what apps they use.\r\n\r\n- Stay calm\n* Do not share the picture\n\n\n\nKeep talking.");
		assertThat(blocks).containsExactly(
				new AdviceText.Block(false, List.of("Talk early and often.", "Ask what apps they use.")),
				new AdviceText.Block(true, List.of("Stay calm", "Do not share the picture")),
				new AdviceText.Block(false, List.of("Keep talking.")));
		assertThat(blocks.get(0).text()).isEqualTo("Talk early and often. Ask what apps they use.");
	}

	@Test
	void aBlockWithSomeDashedLinesIsAParagraph() {
		assertThat(AdviceText.blocks("Remember:\n- stay calm"))
			.containsExactly(new AdviceText.Block(false, List.of("Remember:", "- stay calm")));
	}

	@Test
	void markupStaysText() {
		assertThat(AdviceText.blocks("<script>alert(1)</script>").get(0).text()).isEqualTo("<script>alert(1)</script>");
		assertThat(AdviceText.blocks(null)).isEmpty();
		assertThat(AdviceText.blocks(" \n \n")).isEmpty();
	}

}
