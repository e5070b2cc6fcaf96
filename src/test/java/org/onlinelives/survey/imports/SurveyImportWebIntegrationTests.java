package org.onlinelives.survey.imports;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages: refused files and mappings show the GOV.UK error summary; a good file
 * goes through mapping, a self-refreshing progress page and the report.
 */
class SurveyImportWebIntegrationTests extends WebIntegrationTest {

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyImports imports;

	private User admin;

	private Survey survey;

	@BeforeEach
	void publishASurvey() {
		Partnership partnership = this.data.partnership();
		this.admin = this.data.user(partnership, this.data.agency(partnership), Role.PARTNERSHIP_ADMIN);
		SignedInUser signedIn = new SignedInUser(this.admin, false, false);
		this.survey = this.design.publish(signedIn, this.design.create(signedIn, 2023, "Cybersurvey 2023").getId());
	}

	@AfterEach
	void removeTheHook() {
		this.imports.afterEachBatch((written) -> {
		});
	}

	@Test
	void theUploadPageOffersAFileInput() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get(base()).with(SignedIn.as(this.admin))).andExpect(status().isOk()));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Import earlier responses");
		assertThat(page.selectFirst("form:has(input[type=file])").attr("enctype")).isEqualTo("multipart/form-data");
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aFileOfTheWrongTypeIsRefusedWithTheErrorSummary() throws Exception {
		Pages.assertFieldError(upload("answers.pdf", "AGE\n13\n"), "file",
				"The selected file must be a CSV or XLSX file");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		Pages.assertFieldError(upload("answers.csv", ""), "file", "Select a CSV or XLSX file");
	}

	@Test
	void noFileAtAllIsRefused() throws Exception {
		Document page = Pages.parse(this.mvc.perform(multipart(base()).with(csrf()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "file", "Select a CSV or XLSX file");
	}

	@Test
	void aFileOverTheServersLimitIsShownWithItsMessage() throws Exception {
		// MockMvc applies no multipart limit; ImportUploadTooBigTests checks the redirect
		// here
		Document page = Pages.parse(this.mvc
			.perform(get(base()).flashAttr("importRefused", "survey.import.file.tooBig").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "file", "The selected file must be smaller than 20 MB");
	}

	@Test
	void aFileWithoutHeadingsOrRowsIsRefused() throws Exception {
		Pages.assertFieldError(upload("answers.csv", ",,\n13,YES,\n"), "file",
				"The selected file must have a heading for each column in its first row");
		Pages.assertFieldError(upload("answers.csv", "AGE,GENDER\n"), "file",
				"The selected file has headings but no rows of answers");
		Pages.assertFieldError(upload("answers.xlsx", "not a spreadsheet"), "file",
				"The selected file could not be read");
	}

	@Test
	void aMappingWithNoQuestionChosenIsRefused() throws Exception {
		String mapping = uploadGood("Postcode,AGE\nAB1,13\n");
		Document page = Pages.parse(
				this.mvc
					.perform(post(mapping).param("columns[0]", "")
						.param("columns[1]", "")
						.with(csrf())
						.with(SignedIn.as(this.admin)))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").text())
			.isEqualTo("Choose the question at least one column answers");
		assertThat(page.getElementById("columns[0]-error").text()).contains("Choose the question at least one column");
		assertThat(page.getElementById("columns[0]").attr("aria-describedby")).contains("columns[0]-error");
	}

	@Test
	void aQuestionChosenForTwoColumnsIsRefused() throws Exception {
		String mapping = uploadGood("AGE,Age again\n13,14\n");
		Document page = Pages.parse(
				this.mvc
					.perform(post(mapping).param("columns[0]", "AGE")
						.param("columns[1]", "AGE")
						.with(csrf())
						.with(SignedIn.as(this.admin)))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Choose each question for one column only");
		assertThat(page.getElementById("columns[1]-error")).isNotNull();
	}

	@Test
	void aGoodFileIsMappedCheckedAndReportedWhileThePageRefreshesItself() throws Exception {
		String mapping = uploadGood("AGE,S_CYBERBULLIED,School\n13,YES,Riverside\n99,NO,Riverside\n14,maybe,Hill\n");
		Document mappingPage = Pages
			.parse(this.mvc.perform(get(mapping).with(SignedIn.as(this.admin))).andExpect(status().isOk()));
		assertThat(mappingPage.select("select[name=columns[0]] option[selected]").val()).isEqualTo("AGE");
		assertThat(mappingPage.select("select[name=columns[2]] option[selected]").val()).isEmpty();
		Pages.assertLabelledAndUnique(mappingPage);

		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.imports.afterEachBatch((written) -> {
			writing.countDown();
			await(release);
		});
		String job = this.mvc
			.perform(post(mapping).param("columns[0]", "AGE")
				.param("columns[1]", "S_CYBERBULLIED")
				.param("columns[2]", "")
				.with(csrf())
				.with(SignedIn.as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
		Document progress = Pages.parse(this.mvc.perform(get(job).with(SignedIn.as(this.admin))));
		assertThat(progress.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
		assertThat(progress.getElementById("progress-text").text())
			.isEqualTo("Checked all 3 rows. Saving the responses");
		release.countDown();

		Document report = waitForReport(job);
		assertThat(report.selectFirst("meta[http-equiv=refresh]")).isNull();
		assertThat(report.select("#counts dd").eachText()).containsExactly("3", "1", "2");
		assertThat(report.select("#rejected tbody tr").eachText()).containsExactly(
				"3 AGE \"99\" is not one of the answers to this question",
				"4 S_CYBERBULLIED \"maybe\" is not one of the answers to this question");
		String csv = this.mvc.perform(get(job + "/rejected.csv").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv)
			.isEqualTo("Row,Column,Reason\r\n3,AGE,\"\"\"99\"\" is not one of the answers to this question\"\r\n"
					+ "4,S_CYBERBULLIED,\"\"\"maybe\"\" is not one of the answers to this question\"\r\n");
	}

	@Test
	void aJobIsOnlySeenUnderItsOwnSurvey() throws Exception {
		String mapping = uploadGood("AGE\n13\n");
		String job = this.mvc
			.perform(post(mapping).param("columns[0]", "AGE").with(csrf()).with(SignedIn.as(this.admin)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		SignedInUser signedIn = new SignedInUser(this.admin, false, false);
		Survey other = this.design.publish(signedIn, this.design.create(signedIn, 2022, "Older").getId());
		String elsewhere = job.replace("/surveys/" + this.survey.getId() + "/", "/surveys/" + other.getId() + "/");
		this.mvc.perform(get(elsewhere).with(SignedIn.as(this.admin))).andExpect(status().isNotFound());
		this.mvc.perform(get(base() + "/" + java.util.UUID.randomUUID()).with(SignedIn.as(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDraftSurveyCannotBeImportedInto() throws Exception {
		SignedInUser signedIn = new SignedInUser(this.admin, false, false);
		Survey draft = this.design.create(signedIn, 2021, "Draft");
		this.mvc.perform(get("/surveys/" + draft.getId() + "/import").with(SignedIn.as(this.admin)))
			.andExpect(status().isNotFound());
	}

	private Document waitForReport(String job) throws Exception {
		for (int i = 0; i < 600; i++) {
			Document page = Pages.parse(this.mvc.perform(get(job).with(SignedIn.as(this.admin))));
			if (page.getElementById("counts") != null) {
				return page;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no report for " + job);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String uploadGood(String content) throws Exception {
		ResultActions result = this.mvc
			.perform(multipart(base()).file(file("answers.csv", content)).with(csrf()).with(SignedIn.as(this.admin)))
			.andExpect(status().is3xxRedirection());
		return result.andReturn().getResponse().getRedirectedUrl();
	}

	private Document upload(String name, String content) throws Exception {
		return Pages.parse(
				this.mvc.perform(multipart(base()).file(file(name, content)).with(csrf()).with(SignedIn.as(this.admin)))
					.andExpect(status().isOk()));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "application/octet-stream",
				content.getBytes(StandardCharsets.UTF_8));
	}

	private String base() {
		return "/surveys/" + this.survey.getId() + "/import";
	}

}
