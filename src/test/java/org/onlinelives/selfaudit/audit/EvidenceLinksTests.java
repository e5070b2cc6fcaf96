package org.onlinelives.selfaudit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvidenceLinksTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org", "http://intranet.local/policy.pdf", "HTTPS://EXAMPLE.ORG/a?b=c#d" })
	void acceptsWebAddresses(String link) {
		assertThat(EvidenceLinks.isWebAddress(link)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org", "example.org",
			"https://", "http:/x", "https://exa mple.org", "mailto:a@b.c", "data:text/html,hi" })
	void refusesOtherThings(String link) {
		assertThat(EvidenceLinks.isWebAddress(link)).isFalse();
	}

	@Test
	void invalidLinesAreListedInOrder() {
		assertThat(EvidenceLinks.invalidLines("https://ok.org\nnot a link\n\nftp://x.org"))
			.containsExactly("not a link", "ftp://x.org");
	}

	@Test
	void normalisesBlankLinesAway() {
		assertThat(EvidenceLinks.normalise("  https://a.org  \r\n\r\nhttps://b.org\n"))
			.isEqualTo("https://a.org\nhttps://b.org");
		assertThat(EvidenceLinks.normalise("  \n ")).isNull();
		assertThat(EvidenceLinks.normalise(null)).isNull();
	}

	@Test
	void refusesMoreThan20Links() {
		String links = "https://a.org/x\n".repeat(21);
		assertThatIllegalArgumentException().isThrownBy(() -> EvidenceLinks.normalise(links));
		assertThat(EvidenceLinks.normalise("https://a.org/x\n".repeat(20))).isNotNull();
	}

}
