package org.onlinelives.families.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.Journey;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.families.packs.PackDetails;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The help directory and advice packs through the real security chain, run on H2 and on
 * PostgreSQL: keeping the directory, its reviews, the assessment's signposting prompt,
 * and a pack's PDF and public page.
 */
abstract class FamiliesScenarios extends WebIntegrationTest {

	@Autowired
	Directory directory;

	@Autowired
	Packs packs;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	private Partnership partnership;

	private Agency agency;

	private User admin;

	private User practitioner;

	@BeforeEach
	void world() {
		this.partnership = this.data.partnership();
		this.agency = this.data.agency(this.partnership);
		this.admin = this.data.user(this.partnership, null, Role.PARTNERSHIP_ADMIN);
		this.practitioner = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
	}

	@Test
	void anAdministratorAddsAnEntryThatEveryoneReadsAndTheFiltersNarrow() throws Exception {
		MockHttpServletResponse added = this.mvc
			.perform(entryForm(post("/help-directory"), "Gamers' Support Line").with(SignedIn.as(this.admin)))
			.andReturn()
			.getResponse();
		assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
		assertThat(added.getRedirectedUrl()).matches("/help-directory/\\d+");

		Document entry = page(this.practitioner, added.getRedirectedUrl());
		assertThat(entry.select("h1").text()).isEqualTo("Gamers' Support Line");
		assertThat(entry.select("#entry-details").text()).contains("Young people, parents and carers")
			.contains("Conduct, Commerce and commercialisation, Communities")
			.contains("11 to 18")
			.contains("National")
			.contains(this.admin.getDisplayName());
		assertThat(entry.select("a[href=tel:08001234567]")).hasSize(1);
		assertThat(entry.select("form[action$=/reviewed]")).as("only the owner or an administrator checks it")
			.isEmpty();

		assertThat(page(this.practitioner, "/help-directory").select("#directory").text())
			.contains("Gamers' Support Line");
		assertThat(page(this.practitioner, "/help-directory?topic=COMMUNITIES&age=14&audience=PARENTS_AND_CARERS")
			.select("#directory")
			.text()).contains("Gamers' Support Line");
		assertThat(page(this.practitioner, "/help-directory?topic=CONTENT").text())
			.doesNotContain("Gamers' Support Line")
			.contains("No entries match these filters.");
		assertThat(page(this.practitioner, "/help-directory?age=9").text()).doesNotContain("Gamers' Support Line");
		assertThat(page(this.practitioner, "/help-directory?reach=LOCAL").text())
			.doesNotContain("Gamers' Support Line");
		Document badFilter = page(this.practitioner, "/help-directory?age=fourteen&topic=NOT_A_C");
		assertThat(badFilter.title()).startsWith("Error:");
		assertThat(badFilter.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#topic", "#age");
		assertThat(badFilter.select("#age").val()).isEqualTo("fourteen");
		assertThat(badFilter.select("#directory").text()).as("what could be read still filters")
			.contains("Gamers' Support Line");
		assertThat(this.jdbc.sql(
				"select count(*) from access_log where event = 'RECORD_CHANGED' and target_type = 'directory entry' and user_id = :u")
			.param("u", this.admin.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badInputGetsErrorsInFieldOrderAndKeepsWhatWasTyped() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/help-directory").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("name", "Youth Access")
				.param("kind", "NOT_A_KIND")
				.param("minAge", "eleven")
				.param("phone", "")
				.param("reviewDay", "31")
				.param("reviewMonth", "2")
				.param("reviewYear", "2027")
				.param("owner", "nobody@example.test"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#kind", "#audiences",
				"#topics", "#reach", "#minAge", "#phone", "#reviewDay", "#owner");
		assertThat(page.select(".govuk-error-summary").text()).contains("Enter the age as a whole number")
			.contains("Review date must be a real date")
			.contains("someone in your partnership with an account");
		assertThat(page.select("#name").val()).isEqualTo("Youth Access");
		assertThat(page.select("#minAge").val()).isEqualTo("eleven");
		assertThat(page.select("#reviewDay").val()).isEqualTo("31");
		assertThat(this.jdbc.sql("select count(*) from directory_entry where partnership_id = :p")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSignpostingPromptShowsTheEntriesThatFitTheCasesCsAndAge() throws Exception {
		add("Gaming Help Line", ServiceKind.HELPLINE, Set.of(Audience.YOUNG_PEOPLE),
				Set.of(HelpTopic.COMMUNITIES, HelpTopic.COMMERCE), 11, 18, this.today.plusMonths(6));
		add("Little Gamers", ServiceKind.HELPLINE, Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.COMMUNITIES), 5, 10,
				this.today.plusMonths(6));
		add("Hate Content Line", ServiceKind.HELPLINE, Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.CONTENT), null,
				null, this.today.plusMonths(6));
		add("Parents Gaming Guide", ServiceKind.ADVICE_AND_GUIDES, Set.of(Audience.PARENTS_AND_CARERS),
				Set.of(HelpTopic.COMMUNITIES), null, null, this.today.minusDays(3));
		add("Borough Front Door", ServiceKind.CHILDRENS_SOCIAL_CARE_FRONT_DOOR, Set.of(Audience.PROFESSIONALS),
				Set.of(HelpTopic.values()), null, null, this.today.plusMonths(6));

		Journey journey = new Journey(this.mvc, this.practitioner);
		long person = journey.recordYoungPerson("GAMER-" + TestData.unique(), "14");
		long assessment = journey.start(person);
		journey.step(person, assessment, "scenarios", Map.of("scenarios", List.of("COMMUNITIES_GAMING")));
		journey.step(person, assessment, "concerns", Map.of("concerns", List.of("ANY_CONCERN")));
		journey.complete(person, assessment);

		Document summary = journey.page(Journey.base(person, assessment));
		String signposting = summary.select("#prompt-SIGNPOSTING .ol-signposting").text();
		assertThat(signposting).contains("Entries that help with Communities, for someone aged 14")
			.contains("Gaming Help Line")
			.contains("Parents Gaming Guide")
			.doesNotContain("Little Gamers")
			.doesNotContain("Hate Content Line")
			.doesNotContain("Borough Front Door");
		assertThat(summary.select("#prompt-SIGNPOSTING .ol-signposting .govuk-tag").text())
			.as("an entry past its review is flagged where it is used")
			.isEqualTo("Review overdue");
		assertThat(summary.select("#prompt-DISCUSS_WITH_SAFEGUARDING_LEAD").text()).contains("Borough Front Door")
			.contains("Children's social care front door");

		Document prompt = journey.page(Journey.base(person, assessment) + "/prompts/SIGNPOSTING");
		assertThat(prompt.select(".ol-signposting").text()).contains("Gaming Help Line")
			.doesNotContain("Little Gamers");
	}

	@Test
	void whenTheFamilyMayBeTheRiskOnlyEntriesForYoungPeopleAreShown() throws Exception {
		add("Teen Chat", ServiceKind.HELPLINE, Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.values()), null, null,
				this.today.plusMonths(6));
		add("Parent Line", ServiceKind.HELPLINE, Set.of(Audience.PARENTS_AND_CARERS), Set.of(HelpTopic.values()), null,
				null, this.today.plusMonths(6));

		Journey journey = new Journey(this.mvc, this.practitioner);
		long person = journey.recordYoungPerson("HOME-" + TestData.unique(), "12");
		long assessment = journey.start(person);
		journey.step(person, assessment, "factors", Map.of("factors", List.of("ISOLATED")));
		journey.step(person, assessment, "concerns",
				Map.of("concerns", List.of("ANY_CONCERN", "PARENTS_WOULD_INCREASE_RISK")));

		Document summary = journey.page(Journey.base(person, assessment));
		assertThat(summary.select("#prompt-SIGNPOSTING")).isEmpty();
		String signposting = summary.select("#prompt-SIGNPOSTING_YOUNG_PERSON_ONLY .ol-signposting").text();
		assertThat(signposting).contains("No C is recorded")
			.contains("Only entries for young people are shown")
			.contains("Teen Chat")
			.doesNotContain("Parent Line");
	}

	@Test
	void anOverdueReviewStaysOnItsOwnersHomePageUntilTheyCheckIt() throws Exception {
		User colleague = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
		long id = this.directory
			.add(signedIn(this.admin),
					details("Kooth", Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.values()), 11, 25,
							this.today.minusDays(1)),
					this.practitioner.getEmail().toUpperCase(java.util.Locale.ROOT))
			.entry()
			.id();

		Document home = page(this.practitioner, "/");
		assertThat(home.select("main").text()).contains("Help directory entries to check")
			.contains("Kooth: review by")
			.contains("Review overdue");
		assertThat(page(colleague, "/").select("main").text()).doesNotContain("Help directory entries to check");
		assertThat(page(this.practitioner, "/help-directory?review=MINE").select("#directory").text())
			.contains("Kooth");
		assertThat(page(colleague, "/help-directory?review=MINE").text()).doesNotContain("Kooth");
		assertThat(page(colleague, "/help-directory?review=OVERDUE").select("#directory").text()).contains("Kooth");

		MockHttpServletResponse refused = this.mvc
			.perform(post("/help-directory/" + id + "/reviewed").with(SignedIn.as(colleague)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);

		MockHttpServletResponse checked = this.mvc
			.perform(post("/help-directory/" + id + "/reviewed").with(SignedIn.as(this.practitioner)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(checked.getRedirectedUrl()).isEqualTo("/help-directory/" + id);
		assertThat(page(this.practitioner, "/").select("main").text())
			.doesNotContain("Help directory entries to check");
		assertThat(this.jdbc.sql("select review_date from directory_entry where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single()).isEqualTo(this.today.plusMonths(12));
	}

	@Test
	void anAdministratorAssemblesAPackThatFamiliesReadWithoutSigningIn() throws Exception {
		long childline = add("Childline", ServiceKind.HELPLINE, Set.of(Audience.YOUNG_PEOPLE),
				Set.of(HelpTopic.values()), null, 18, this.today.plusMonths(6));
		long guide = add("Parents' Guide to Sharing", ServiceKind.ADVICE_AND_GUIDES,
				Set.of(Audience.PARENTS_AND_CARERS), Set.of(HelpTopic.CONDUCT), null, null, this.today.plusMonths(6));

		MockHttpServletResponse assembled = this.mvc
			.perform(post("/help-directory/packs").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("title", "Sharing pictures")
				.param("intro", "For parents and carers of teenagers.")
				.param("advice", "Stay calm and listen.\n\n- Do not share the picture\n- Report it for removal")
				.param("entryIds", String.valueOf(childline), String.valueOf(guide)))
			.andReturn()
			.getResponse();
		assertThat(assembled.getRedirectedUrl()).matches("/help-directory/packs/\\d+");

		Document pack = page(this.practitioner, assembled.getRedirectedUrl());
		String publicAddress = pack.select("#public-address").attr("href");
		assertThat(publicAddress).matches("http://localhost/help/packs/sharing-pictures-[a-z2-9]{8}");
		assertThat(pack.select("#pack-entries h3").eachText()).containsExactly("Childline",
				"Parents' Guide to Sharing");

		MockHttpServletResponse publicPage = this.mvc.perform(get(publicAddress.substring("http://localhost".length())))
			.andReturn()
			.getResponse();
		assertThat(publicPage.getStatus()).isEqualTo(200);
		Document open = Jsoup.parse(publicPage.getContentAsString());
		assertThat(open.select("h1").text()).isEqualTo("Sharing pictures");
		assertThat(open.select("#advice li").eachText()).containsExactly("Do not share the picture",
				"Report it for removal");
		assertThat(open.select("#pack-entries").text()).contains("Childline")
			.contains("0800 123 4567")
			.contains("help@service.example")
			.contains("Up to 18");
		assertThat(open.text()).contains(this.partnership.getName())
			.doesNotContain(this.admin.getDisplayName())
			.doesNotContain(this.admin.getEmail())
			.doesNotContain("Review");
		assertThat(open.select("#navigation, a[href=/account]")).as("nothing of a signed-in page").isEmpty();

		MockHttpServletResponse pdf = this.mvc
			.perform(get(assembled.getRedirectedUrl() + "/pack.pdf").with(SignedIn.as(this.practitioner)))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Cache-Control")).isEqualTo("no-store");
		String text = pdfText(pdf.getContentAsByteArray());
		assertThat(text).contains("Sharing pictures")
			.contains("Stay calm and listen.")
			.contains("Childline")
			.contains("0800 123 4567")
			.contains(publicAddress)
			.doesNotContain(this.admin.getDisplayName());
	}

	@Test
	void aPackListsOnlyServicesForFamiliesAndAnEntryInAPackStaysInTheDirectory() throws Exception {
		long teen = add("Teen Line", ServiceKind.HELPLINE, Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.CONTACT),
				null, null, this.today.plusMonths(6));
		long lado = add("Borough LADO", ServiceKind.LADO, Set.of(Audience.PROFESSIONALS), Set.of(HelpTopic.CONTACT),
				null, null, this.today.plusMonths(6));

		MockHttpServletResponse refused = this.mvc
			.perform(post("/help-directory/packs").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("title", "Bullying")
				.param("advice", "Keep the messages.")
				.param("entryIds", String.valueOf(teen), String.valueOf(lado)))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select(".govuk-error-summary").text())
			.contains("Choose only services for young people or for parents and carers");
		assertThat(form.select("input[name=entryIds]").eachAttr("value")).as("professionals' contacts are not offered")
			.containsExactly(String.valueOf(teen));
		assertThat(form.select("#title").val()).isEqualTo("Bullying");

		this.packs.add(signedIn(this.admin), new PackDetails("Bullying", null, "Keep the messages.", List.of(teen)));
		MvcResult removal = this.mvc
			.perform(post("/help-directory/" + teen + "/delete").with(SignedIn.as(this.admin)).with(csrf()))
			.andReturn();
		assertThat(removal.getResponse().getRedirectedUrl()).isEqualTo("/help-directory/" + teen);
		assertThat(removal.getFlashMap().get("notice")).isEqualTo("directory.remove.inPack");
		MockHttpServletResponse shown = this.mvc
			.perform(get("/help-directory/" + teen).with(SignedIn.as(this.admin)).flashAttrs(removal.getFlashMap()))
			.andReturn()
			.getResponse();
		assertThat(Jsoup.parse(shown.getContentAsString()).select(".govuk-notification-banner").text())
			.contains("This entry is in an advice pack");

		MockHttpServletResponse removed = this.mvc
			.perform(post("/help-directory/" + lado + "/delete").with(SignedIn.as(this.admin)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(removed.getRedirectedUrl()).isEqualTo("/help-directory");
		assertThat(this.jdbc.sql("select count(*) from directory_entry where partnership_id = :p")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAddressThatIsNoPacksIsNotFoundWithoutSigningIn() throws Exception {
		assertThat(this.mvc.perform(get("/help/packs/no-such-pack-abcdefgh")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/help/packs/SELECT")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/help/packs")).andReturn().getResponse().getRedirectedUrl())
			.as("only a pack's own page is public")
			.endsWith("/sign-in");
	}

	private long add(String name, ServiceKind kind, Set<Audience> audiences, Set<HelpTopic> topics, Integer minAge,
			Integer maxAge, LocalDate review) {
		EntryDetails details = new EntryDetails(name, kind, "What " + name + " offers.", audiences, topics,
				Reach.NATIONAL, minAge, maxAge, "0800 123 4567", "help@service.example", null, "Any time", review);
		return this.directory.add(signedIn(this.admin), details, this.admin.getEmail()).entry().id();
	}

	private static EntryDetails details(String name, Set<Audience> audiences, Set<HelpTopic> topics, Integer minAge,
			Integer maxAge, LocalDate review) {
		return new EntryDetails(name, ServiceKind.COUNSELLING_AND_SUPPORT, null, audiences, topics, Reach.NATIONAL,
				minAge, maxAge, null, null, "https://www.kooth.com", null, review);
	}

	private MockHttpServletRequestBuilder entryForm(MockHttpServletRequestBuilder request, String name) {
		LocalDate review = this.today.plusMonths(6);
		return request.with(csrf())
			.param("name", name)
			.param("kind", "HELPLINE")
			.param("description", "Advice on gaming, spending and online friendships.")
			.param("audiences", "YOUNG_PEOPLE", "PARENTS_AND_CARERS")
			.param("topics", "CONDUCT", "COMMERCE", "COMMUNITIES")
			.param("reach", "NATIONAL")
			.param("minAge", "11")
			.param("maxAge", "18")
			.param("phone", "0800 123 4567")
			.param("webAddress", "https://gamers.example")
			.param("hours", "Every day, 9am to 9pm")
			.param("reviewDay", String.valueOf(review.getDayOfMonth()))
			.param("reviewMonth", String.valueOf(review.getMonthValue()))
			.param("reviewYear", String.valueOf(review.getYear()))
			.param("owner", this.admin.getEmail());
	}

	private Document page(User user, String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(SignedIn.as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static SignedInUser signedIn(User user) {
		return new SignedInUser(user, false, false);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
