package org.onlinelives.assessment;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Drives the assessment through its pages as a practitioner would: every step is read
 * first (for the version the form carries), then posted.
 */
public final class Journey {

	private final MockMvc mvc;

	private final User user;

	public Journey(MockMvc mvc, User user) {
		this.mvc = mvc;
		this.user = user;
	}

	public MockHttpServletResponse get(String path) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
				.with(SignedIn.as(this.user)))
			.andReturn()
			.getResponse();
	}

	public Document page(String path) throws Exception {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	public MockHttpServletResponse post(String path, Map<String, List<String>> params) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path)
			.with(SignedIn.as(this.user))
			.with(csrf());
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return this.mvc.perform(request).andReturn().getResponse();
	}

	public long recordYoungPerson(String caseReference, String age) throws Exception {
		MockHttpServletResponse response = post("/young-people",
				Map.of("caseReference", List.of(caseReference), "age", List.of(age), "gender", List.of("GIRL_OR_WOMAN"),
						"onlineComponent", List.of("true"), "otherPlatforms", List.of("A messaging app, A game"),
						"referralSource", List.of("SCHOOL"), "practitionerIds",
						List.of(String.valueOf(this.user.getId()))));
		assertThat(response.getStatus()).as("record young person: %s", response.getContentAsString()).isEqualTo(302);
		return idAfter(response.getRedirectedUrl(), "/young-people/");
	}

	public long start(long youngPersonId) throws Exception {
		MockHttpServletResponse response = post("/young-people/" + youngPersonId + "/assessments", Map.of());
		assertThat(response.getStatus()).isEqualTo(302);
		return idAfter(response.getRedirectedUrl(), "/assessments/");
	}

	public static String base(long youngPersonId, long assessmentId) {
		return "/young-people/" + youngPersonId + "/assessments/" + assessmentId;
	}

	/** Reads a step page for its version, posts the answers, and returns the response. */
	public MockHttpServletResponse step(long youngPersonId, long assessmentId, String step,
			Map<String, List<String>> answers) throws Exception {
		String path = base(youngPersonId, assessmentId) + "/" + step;
		String version = versionOn(path);
		Map<String, List<String>> params = new java.util.HashMap<>(answers);
		params.put("version", List.of(version));
		return post(path, params);
	}

	public String versionOn(String path) throws Exception {
		Element version = page(path).selectFirst("input[name=version]");
		assertThat(version).as("version field on %s", path).isNotNull();
		return version.val();
	}

	public MockHttpServletResponse complete(long youngPersonId, long assessmentId) throws Exception {
		String check = base(youngPersonId, assessmentId) + "/check";
		return post(base(youngPersonId, assessmentId) + "/complete", Map.of("version", List.of(versionOn(check))));
	}

	/** The prompt codes shown on a version's page, in the order shown. */
	public List<String> promptsShown(long youngPersonId, long assessmentId) throws Exception {
		return page(base(youngPersonId, assessmentId)).select(".ol-prompt")
			.stream()
			.map((prompt) -> prompt.id().substring("prompt-".length()))
			.toList();
	}

	static long idAfter(String url, String marker) {
		String rest = url.substring(url.lastIndexOf(marker) + marker.length());
		int end = rest.indexOf('/');
		return Long.parseLong((end < 0) ? rest : rest.substring(0, end));
	}

}
