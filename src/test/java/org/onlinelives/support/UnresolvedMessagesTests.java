package org.onlinelives.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnresolvedMessagesTests {

	@Test
	void findsAMissingMessageInTextAndInAttributes() {
		String page = "<div class=\"govuk-notification-banner\"><p>??assessment.completed_en_US??</p>"
				+ "<a aria-label=\"??prompt.answer.link_en_GB??\" href=\"/x\">Answer</a><span>??root.key_??</span></div>";
		assertThat(UnresolvedMessages.in(page)).containsExactly("??assessment.completed_en_US??",
				"??prompt.answer.link_en_GB??", "??root.key_??");
	}

	@Test
	void findsNothingInOrdinaryText() {
		assertThat(UnresolvedMessages.in("<p>Did she say why?? She did not. Ask again?</p><p>What now??</p>"))
			.isEmpty();
	}

}
