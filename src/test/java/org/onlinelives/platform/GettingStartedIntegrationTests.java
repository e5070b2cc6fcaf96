package org.onlinelives.platform;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a new administrator and a newly invited person meet first (issue 9): the set-up
 * task list, empty pages that say what to do, roles explained where they are chosen and
 * accepted, errors in page order, counts in words, no codes.
 */
class GettingStartedIntegrationTests extends WebIntegrationTest {

	@Autowired
	InvitationService invitations;

	@Test
	void aNewAdministratorsHomePageIsASetUpTaskListWithEachTasksStatus() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Document fresh = page(get("/"), admin);
		assertThat(fresh.select("h2#set-up").text()).isEqualTo("Set up your partnership");
		assertThat(fresh.select(".govuk-task-list__link").eachText()).containsExactly("Add agencies", "Add teams",
				"Invite agency leads", "Choose the second-factor policy", "Open the first audit cycle");
		assertThat(fresh.select(".govuk-task-list__status").eachText()).containsOnly("Not yet started");
		assertThat(fresh.text()).contains("You have completed 0 of 5 tasks.");
		Element link = fresh.selectFirst(".govuk-task-list__link");
		assertThat(link.attr("aria-describedby")).isEqualTo("task-1-hint task-1-status");

		this.data.agency(partnership);
		Document after = page(get("/"), admin);
		assertThat(status(after, "Add agencies")).isEqualTo("Completed");
		assertThat(status(after, "Add teams")).isEqualTo("Not yet started");
		assertThat(after.text()).contains("You have completed 1 of 5 tasks.");

		// others do not get the task list
		User lead = this.data.user(partnership, this.data.agency(partnership), Role.AGENCY_LEAD);
		assertThat(page(get("/"), lead).select(".govuk-task-list")).isEmpty();
		assertThat(status(page(get("/"), admin), "Invite agency leads")).isEqualTo("Completed");
	}

	@Test
	void emptyAgencyListSaysWhatToDoAndTheAgencyFormListsErrorsInFieldOrder() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Document empty = page(get("/admin/agencies"), admin);
		assertThat(empty.select("table")).isEmpty();
		assertThat(empty.select("#no-agencies").text()).isEqualTo("No agencies yet. Add an agency");
		assertThat(empty.select("#no-agencies a").attr("href")).isEqualTo("/admin/agencies/new");

		Document errors = page(post("/admin/agencies").param("name", "").param("type", ""), admin);
		assertThat(errors.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#type");
	}

	@Test
	void countsAreInWordsAndTheAccessLogNamesRolesInWords() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		assertThat(page(get("/admin/users"), admin).text()).contains("1 person").doesNotContain("1 people");
		Agency agency = this.data.agency(partnership);
		this.invitations.invite(new SignedInUser(admin, false, false), agency.getId(), null,
				"new-" + TestData.unique() + "@example.test", "New Colleague", Set.of(Role.PRACTITIONER),
				partnership.getName());
		Document log = page(get("/admin/access-log"), admin);
		assertThat(log.select("#access-log").text()).contains("as Practitioner").doesNotContain("[PRACTITIONER]");
	}

	@Test
	void rolesAreExplainedWhereTheyAreChosenAndTheInvitationSaysWhatIsBeingJoined() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Agency agency = this.data.agency(partnership);
		Document invite = page(get("/admin/invitations/new"), admin);
		Element analyst = invite.select(".govuk-checkboxes__item:has(input[value=ANALYST])").first();
		assertThat(analyst.select(".govuk-checkboxes__hint").text())
			.isEqualTo("Sees anonymised figures only, never records about a young person.");
		assertThat(analyst.select("input").attr("aria-describedby"))
			.isEqualTo(analyst.select(".govuk-checkboxes__hint").attr("id"));

		String email = "joiner-" + TestData.unique() + "@example.test";
		InvitationService.SentInvitation sent = this.invitations.invite(new SignedInUser(admin, false, false),
				agency.getId(), null, email, "Joiner", Set.of(Role.AGENCY_LEAD, Role.PRACTITIONER),
				partnership.getName());
		String path = sent.link().substring(sent.link().indexOf("/invitations/"));
		Document accept = Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		String details = accept.select("#invitation-details").text();
		assertThat(details).contains("Partnership " + partnership.getName())
			.contains("Agency " + agency.getName())
			.contains("Agency lead: Manages their agency's staff and the agency's audit.")
			.contains("Practitioner: Works with young people")
			.contains(email);

		MvcResult accepted = this.mvc
			.perform(post(path).param("name", "Joiner")
				.param("password", "Seven purple kites over the harbour")
				.param("confirmPassword", "Seven purple kites over the harbour")
				.with(csrf()))
			.andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?joined");
		Document signIn = Jsoup.parse(this.mvc.perform(get("/sign-in?joined").flashAttrs(accepted.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(signIn.select("#email").val()).isEqualTo(email);
	}

	private static String status(Document home, String task) {
		return home.select(".govuk-task-list__item:has(a:containsOwn(" + task + ")) .govuk-task-list__status").text();
	}

	private Document page(MockHttpServletRequestBuilder request, User as) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(csrf()).with(SignedIn.as(as)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
