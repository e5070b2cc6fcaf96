package org.onlinelives.families.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.packs.AdviceText;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.families.packs.PublicPack;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pack's public page is read signed out, shows only the advice and the services' own
 * contact details, and starts no session.
 */
@FamiliesWebSlice
class PublicPackControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Packs packs;

	private void aPublicPack() {
		given(this.packs.publicPack("sharing-pictures-abc123"))
			.willReturn(Optional.of(new PublicPack("Sharing pictures", "For parents and carers",
					AdviceText.blocks("Talk about it calmly.\n\n- Keep the evidence\n- Report it"),
					List.of(new PublicPack.Service("Childline", ServiceKind.values()[0], "Free help", Reach.NATIONAL,
							null, 18, "0800 1111", null, null, null)),
					"Riverside Partnership", Instant.parse("2026-06-04T13:05:00Z"))));
	}

	@Test
	void anyoneSignedOutReadsThePackWithoutASessionOrCookie() throws Exception {
		aPublicPack();
		MvcResult result = this.mvc.perform(get("/help/packs/sharing-pictures-abc123"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Sharing pictures");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Advice from Riverside Partnership");
		assertThat(page.select("#advice li").eachText()).containsExactly("Keep the evidence", "Report it");
		assertThat(page.select("#pack-entries h3").eachText()).containsExactly("Childline");
		assertThat(result.getResponse().getCookies()).isEmpty();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void anAddressThatIsNoPackIsNotFound() throws Exception {
		given(this.packs.publicPack(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/help/packs/no-such-pack")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheReadingAddressIsPublicNotThePacksBeneathIt() throws Exception {
		aPublicPack();
		this.mvc.perform(get("/help/packs/sharing-pictures-abc123/edit")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/help-directory/packs")).andExpect(redirectedUrl("/sign-in"));
	}

}
