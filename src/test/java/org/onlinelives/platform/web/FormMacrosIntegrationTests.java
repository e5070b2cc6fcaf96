package org.onlinelives.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onlinelives.support.WebIntegrationTest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form-macro library's summary-list rows, summary cards and error messages make the
 * GOV.UK Frontend markup: keys, values (text escaped, or markup passed in), a change link
 * whose hidden text repeats the key, a card's title and action.
 */
class FormMacrosIntegrationTests extends WebIntegrationTest {

	@Autowired
	ITemplateEngine templates;

	@Test
	void summaryRowsShowKeyValueAndAChangeLinkOnlyWhenGivenOne() {
		Document page = render(Map.of("name", "<b>Zoë</b>", "items", List.of("One", "Two"), "refused", false));
		List<Element> rows = page.select("#list > .govuk-summary-list__row");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).select("dt.govuk-summary-list__key").text()).isEqualTo("Name");
		assertThat(rows.get(0).select("dd.govuk-summary-list__value").text()).isEqualTo("<b>Zoë</b>");
		assertThat(rows.get(0).select("b")).isEmpty();
		assertThat(rows.get(0).select(".govuk-summary-list__actions")).isEmpty();
		Element change = rows.get(1).selectFirst("dd.govuk-summary-list__actions > a.govuk-link");
		assertThat(change.attr("href")).isEqualTo("/people/7/age");
		assertThat(change.text()).isEqualTo("Change Age");
		assertThat(change.select(".govuk-visually-hidden").text()).isEqualTo("Age");
		assertThat(rows.get(2).select("dt").text()).isEqualTo("One");
		assertThat(rows.get(2).select("dd.govuk-summary-list__value > ul.govuk-list > li").text())
			.isEqualTo("One value");
		assertThat(rows.get(3).select("dd.govuk-summary-list__value li").text()).isEqualTo("Two value");
		assertThat(page.select("#file-error")).isEmpty();
	}

	@Test
	void summaryCardsHaveATitleAtTheLevelGivenTheirRowsAndAnOptionalAction() {
		Document page = render(Map.of("name", "A", "items", List.of(), "refused", true));
		List<Element> cards = page.select(".govuk-summary-card");
		assertThat(cards).hasSize(2);
		Element first = cards.get(0);
		assertThat(first.select(".govuk-summary-card__title-wrapper > h3.govuk-summary-card__title").text())
			.isEqualTo("Agency one");
		Element action = first.selectFirst(".govuk-summary-card__actions > a.govuk-link");
		assertThat(action.attr("href")).isEqualTo("/agencies/1/remove");
		assertThat(action.text()).isEqualTo("Remove (Agency one)");
		assertThat(first.select(".govuk-summary-card__content > dl.govuk-summary-list > .govuk-summary-list__row dt")
			.text()).isEqualTo("Kind");
		Element second = cards.get(1);
		assertThat(second.select("h2.govuk-summary-card__title").text()).isEqualTo("Agency two");
		assertThat(second.select(".govuk-summary-card__actions")).isEmpty();
		Element error = page.selectFirst("p.govuk-error-message#file-error");
		assertThat(error.text()).isEqualTo("Error: The file was refused");
		assertThat(error.select(".govuk-visually-hidden").text()).isEqualTo("Error:");
	}

	private Document render(Map<String, Object> model) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse()), Locale.UK, new HashMap<>(model));
		return Jsoup.parse(this.templates.process("test/macros", context));
	}

}
