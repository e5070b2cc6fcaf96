package org.onlinelives.families.packs;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A pack's public address: readable words, then random characters nobody can guess. */
class PublicSlugsTests {

	@Test
	void readableWordsThenEightRandomCharacters() {
		String slug = new PublicSlugs(new Random(1)).forTitle("Gaming & spending: a guide for parents");
		assertThat(slug).matches("gaming-spending-a-guide-for-parents-[a-z2-9]{8}");
		assertThat(PublicSlugs.isWellFormed(slug)).isTrue();
	}

	@Test
	void longTitlesAreCutAtAWordAndAccentsDropped() {
		assertThat(PublicSlugs.words("Café safety: a very long title about sharing pictures online safely"))
			.isEqualTo("cafe-safety-a-very-long-title-about");
		assertThat(PublicSlugs.words("«»")).isEmpty();
		assertThat(new PublicSlugs(new Random(2)).forTitle("«»")).matches("[a-z2-9]{8}");
	}

	@Test
	void twoPacksWithTheSameTitleGetDifferentAddresses() {
		PublicSlugs slugs = new PublicSlugs();
		assertThat(slugs.forTitle("Sharing pictures")).isNotEqualTo(slugs.forTitle("Sharing pictures"));
	}

	@Test
	void anythingElseIsNotASlug() {
		assertThat(PublicSlugs.isWellFormed("../../etc")).isFalse();
		assertThat(PublicSlugs.isWellFormed("sharing-pictures-ABCDEFGH")).isFalse();
		assertThat(PublicSlugs.isWellFormed("sharing-pictures-abc")).isFalse();
		assertThat(PublicSlugs.isWellFormed(null)).isFalse();
		assertThat(PublicSlugs.isWellFormed("a".repeat(60) + "-abcdefgh")).isFalse();
	}

}
