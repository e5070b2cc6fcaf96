package org.onlinelives.workforce.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.workforce.bulletins.Bulletin;
import org.onlinelives.workforce.bulletins.BulletinBoard;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.onlinelives.workforce.bulletins.ConductCodeVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bulletins and the code of conduct through the real security chain, run on H2 and on
 * PostgreSQL.
 */
abstract class BulletinScenarios extends WebIntegrationTest {

	@Autowired
	BulletinBoard board;

	@Autowired
	CodeOfConduct code;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	JdbcClient jdbc;

	private Document page(User user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(SignedIn.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private int status(User user, String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(user))).andReturn().getResponse().getStatus();
	}

	private static SignedInUser signedIn(User user) {
		return new SignedInUser(user, false, false);
	}

	@Test
	void aBulletinForPractitionersOfOneAgencyIsAcknowledgedAndCountedByAgency() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency school = this.data.agency(partnership);
		Agency police = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User reader = this.data.user(partnership, school, Role.PRACTITIONER);
		User colleague = this.data.user(partnership, school, Role.PRACTITIONER);
		User schoolLead = this.data.user(partnership, school, Role.AGENCY_LEAD);
		User officer = this.data.user(partnership, police, Role.PRACTITIONER);

		MvcResult drafted = this.mvc
			.perform(post("/bulletins").with(SignedIn.as(admin))
				.with(csrf())
				.param("title", "New app: Wink")
				.param("body", "Wink lets strangers join a live stream.\n\nTalk to young people about it.")
				.param("roles", "PRACTITIONER")
				.param("agencyIds", school.getId().toString()))
			.andReturn();
		String location = drafted.getResponse().getRedirectedUrl();
		assertThat(location).matches("/bulletins/\\d+");
		long id = Long.parseLong(location.substring("/bulletins/".length()));

		// a draft is the administrator's only
		assertThat(status(reader, location)).isEqualTo(404);
		Document preview = page(admin, location);
		assertThat(preview.select("#audience").text()).contains("Practitioner").contains(school.getName());
		assertThat(preview.select("#audience").text()).contains("Reaches 2 people");
		assertThat(preview.select("#bulletin-body p")).hasSize(2);
		String version = preview.select("form#publish input[name=version]").val();
		this.mvc
			.perform(post(location + "/publication").with(SignedIn.as(admin)).with(csrf()).param("version", version))
			.andReturn();

		// it reaches the school's practitioners only
		assertThat(page(reader, "/").select("main").text()).contains("To read and acknowledge")
			.contains("New app: Wink");
		assertThat(status(officer, location)).isEqualTo(404);
		assertThat(status(schoolLead, location)).isEqualTo(404);
		assertThat(page(officer, "/bulletins").select("#bulletins")).isEmpty();

		this.mvc.perform(post(location + "/acknowledgement").with(SignedIn.as(reader)).with(csrf())).andReturn();
		this.mvc.perform(post(location + "/acknowledgement").with(SignedIn.as(reader)).with(csrf())).andReturn();
		assertThat(this.jdbc.sql("select count(*) from bulletin_acknowledgement where bulletin_id = :b")
			.param("b", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(page(reader, location).select("#acknowledged").text()).contains("You have acknowledged");
		assertThat(page(reader, "/").select("main").text()).doesNotContain("New app: Wink");
		assertThat(this.mvc.perform(post(location + "/acknowledgement").with(SignedIn.as(officer)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		Document rates = page(admin, location + "/acknowledgements");
		assertThat(rates.select("#overall-rate").text()).contains("1 of 2").contains("50%");
		assertThat(rates.select("#rates-table").text()).contains(school.getName()).doesNotContain(police.getName());

		// the school's lead sees who there has not acknowledged it
		Document leadsView = page(schoolLead, location + "/acknowledgements");
		assertThat(leadsView.select("#still-to-acknowledge").text()).contains(colleague.getDisplayName())
			.doesNotContain(reader.getDisplayName());
		assertThat(page(admin, "/bulletins/manage").select("#managed-bulletins").text()).contains("1 of 2 (50%)");
	}

	@Test
	void aPublishedBulletinCannotBeChangedAndBadInputIsShownInFieldOrder() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Agency agency = this.data.agency(partnership);
		Agency elsewhere = this.data.agency(this.data.partnership());

		MvcResult bad = this.mvc
			.perform(post("/bulletins").with(SignedIn.as(admin))
				.with(csrf())
				.param("title", " ")
				.param("body", "")
				.param("roles", "WIZARD")
				.param("agencyIds", "abc"))
			.andReturn();
		Document refused = Jsoup.parse(bad.getResponse().getContentAsString());
		assertThat(refused.title()).startsWith("Error:");
		assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#title", "#body",
				"#roles", "#agencyIds");

		MvcResult foreign = this.mvc
			.perform(post("/bulletins").with(SignedIn.as(admin))
				.with(csrf())
				.param("title", "CPS update")
				.param("body", "Text")
				.param("agencyIds", elsewhere.getId().toString()))
			.andReturn();
		assertThat(Jsoup.parse(foreign.getResponse().getContentAsString()).select("#agencyIds-error").text())
			.contains("Choose agencies from the list");
		assertThat(this.board.everyBulletin(signedIn(admin))).isEmpty();

		Bulletin bulletin = this.board.draft(signedIn(admin),
				new Bulletin.Details("CPS update", "Text", List.of(), List.of(agency.getId())));
		this.board.publish(signedIn(admin), bulletin.getId(), bulletin.getVersion());
		MvcResult change = this.mvc
			.perform(post("/bulletins/" + bulletin.getId() + "/edit").with(SignedIn.as(admin))
				.with(csrf())
				.param("title", "Changed")
				.param("body", "Changed")
				.param("version", "1"))
			.andReturn();
		assertThat(Jsoup.parse(change.getResponse().getContentAsString()).select(".govuk-error-summary").text())
			.contains("cannot be changed");
		assertThat(this.board.readable(signedIn(admin), bulletin.getId()).getTitle()).isEqualTo("CPS update");
	}

	@Test
	void everyoneAcknowledgesTheCurrentCodeOfConductAndCoverageShowsBesideStatement54() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User lead = this.data.user(partnership, agency, Role.AGENCY_LEAD);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		User other = this.data.user(partnership, agency, Role.PRACTITIONER);

		Document first = page(admin, "/code-of-conduct/new-version");
		assertThat(first.select("#body").text()).contains("approves").contains("single point of contact");
		assertThat(first.select("input[name=basedOn]").val()).isEqualTo("0");
		this.mvc
			.perform(post("/code-of-conduct/versions").with(SignedIn.as(admin))
				.with(csrf())
				.param("body", "Contact clients only through approved accounts.")
				.param("basedOn", "0"))
			.andReturn();
		ConductCodeVersion v1 = this.code.current(partnership.getId()).orElseThrow();
		assertThat(v1.getVersionNumber()).isEqualTo(1);
		assertThat(page(practitioner, "/").select("main").text()).contains("Code of conduct, version 1");

		this.mvc
			.perform(post("/code-of-conduct/acknowledgement").with(SignedIn.as(practitioner))
				.with(csrf())
				.param("versionId", v1.getId().toString()))
			.andReturn();
		this.mvc
			.perform(post("/code-of-conduct/acknowledgement").with(SignedIn.as(lead))
				.with(csrf())
				.param("versionId", v1.getId().toString()))
			.andReturn();
		assertThat(page(practitioner, "/code-of-conduct").select("#acknowledged").text()).contains("version 1");
		assertThat(page(admin, "/code-of-conduct/coverage").select("#conduct-coverage-table").text())
			.contains(agency.getName())
			.contains("2 of 3");

		// the self-audit's section 5 shows it beside statement 5.4, not elsewhere
		var cycle = this.selfAudits.openCycle(signedIn(admin),
				new SelfAudits.CycleDetails("Cycle " + System.nanoTime(), java.time.LocalDate.of(2026, 4, 1),
						java.time.LocalDate.of(2027, 3, 31), java.time.LocalDate.of(2027, 1, 31),
						List.of(agency.getId())));
		Audit audit = this.selfAudits.start(signedIn(lead), cycle.getId());
		Document section5 = page(lead, "/audits/" + audit.getId() + "/sections/5");
		assertThat(section5.select("#conduct-coverage").text()).contains("2 of 3 staff (66%)").contains("version 1");
		assertThat(section5.select("#conduct-coverage").first().previousElementSibling().text()).startsWith("5.4");
		assertThat(page(lead, "/audits/" + audit.getId() + "/sections/2").select("#conduct-coverage")).isEmpty();

		// a new version asks everyone again; acknowledging the old one is refused
		this.mvc
			.perform(post("/code-of-conduct/versions").with(SignedIn.as(admin))
				.with(csrf())
				.param("body", "Contact clients only through approved accounts.\n\nNever forward an image.")
				.param("changeSummary", "Adds images")
				.param("basedOn", "1"))
			.andReturn();
		MvcResult stale = this.mvc
			.perform(post("/code-of-conduct/acknowledgement").with(SignedIn.as(other))
				.with(csrf())
				.param("versionId", v1.getId().toString()))
			.andReturn();
		assertThat(stale.getFlashMap().get("acknowledgeError")).isEqualTo("conduct.acknowledge.notCurrent");
		assertThat(this.code.coverageOf(partnership.getId(), agency.getId()).acknowledged()).isZero();
		assertThat(this.code.coverageOf(partnership.getId(), agency.getId()).versionNumber()).isEqualTo(2);
		assertThat(page(practitioner, "/").select("main").text()).contains("Code of conduct, version 2");

		// publishing from a stale form is refused
		MvcResult raced = this.mvc
			.perform(post("/code-of-conduct/versions").with(SignedIn.as(admin))
				.with(csrf())
				.param("body", "Something else entirely")
				.param("basedOn", "1"))
			.andReturn();
		assertThat(Jsoup.parse(raced.getResponse().getContentAsString()).select(".govuk-error-summary").text())
			.contains("Someone else published a new version");
		assertThat(this.code.current(partnership.getId()).orElseThrow().getVersionNumber()).isEqualTo(2);
	}

}
