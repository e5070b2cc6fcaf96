package org.onlinelives.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View-test helpers: parse a rendered page and check the GOV.UK error pattern.
 */
public final class Pages {

	private Pages() {
	}

	public static Document parse(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	/**
	 * The title says Error:, the summary links to the field, and the field points at its
	 * message.
	 */
	public static void assertFieldError(Document page, String field, String message) {
		assertThat(page.title()).startsWith("Error: ");
		Element summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary).as("error summary").isNotNull();
		assertThat(summary.select("a[href=#" + field + "]").text()).contains(message);
		Element input = page.getElementById(field);
		assertThat(input).as("field " + field).isNotNull();
		boolean choice = input.attr("type").equals("checkbox") || input.attr("type").equals("radio");
		Element described = (input.hasAttr("aria-describedby") && !choice) ? input : input.closest("fieldset");
		assertThat(described.attr("aria-describedby")).contains(field + "-error");
		assertThat(page.getElementById(field + "-error").text()).contains(message);
	}

	/** Every input, select and textarea has a label, and ids are unique. */
	public static void assertLabelledAndUnique(Document page) {
		for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
			assertThat(page.select("label[for=" + field.id() + "]")).as("label for " + field.id()).isNotEmpty();
		}
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (Element element : page.select("[id]")) {
			assertThat(ids.add(element.id())).as("duplicate id " + element.id()).isTrue();
		}
	}

}
