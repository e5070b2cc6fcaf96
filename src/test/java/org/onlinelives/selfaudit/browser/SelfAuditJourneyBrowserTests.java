package org.onlinelives.selfaudit.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole self-audit in a real browser, with axe-core on every page: an administrator
 * opens a cycle, the agency lead scores all 36 statements and submits, a QA reviewer
 * challenges one score, the lead accepts it, the reviewer agrees and signs off, and the
 * PDF report carries every section's agreed total.
 */
class SelfAuditJourneyBrowserTests extends BrowserTest {

	@Test
	void openScoreSubmitChallengeAgreeSignOffAndDownloadThePdf() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		TestData.UserWithSecret lead = this.data.userWithSecondFactor(partnership, agency, Role.AGENCY_LEAD);
		// QA reviewers see across agencies, so they need a second factor too
		TestData.UserWithSecret reviewer = this.data.userWithSecondFactor(partnership, null, Role.QA_REVIEWER);

		// the administrator opens a cycle
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/audit-cycles");
		checkAccessibility();
		follow("Open an audit cycle");
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
		type("name", "Browser cycle " + TestData.unique());
		setValue("periodStart", "2026-04-01");
		setValue("periodEnd", "2027-03-31");
		setValue("deadline", "2026-12-31");
		driver.findElement(By.cssSelector("label[for='agencyIds']")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Audit cycle opened");
		assertThat(find("main").getText()).contains(agency.getName()).contains("Not started");
		checkAccessibility();
		open("/audit-cycles/settings");
		checkAccessibility();
		signOut();

		// the agency lead scores every statement and submits
		signInWithSecondFactor(lead.user(), lead.secret());
		open("/audits");
		checkAccessibility();
		clickAndWait(find("main form button[type=submit]"));
		String auditPath = new URI(driver.getCurrentUrl()).getPath();
		assertThat(auditPath).matches("/audits/\\d+");
		assertThat(find("#progress").getText()).isEqualTo("0 of 36 statements scored");
		checkAccessibility();
		int[] expected = new int[7];
		int index = 0;
		for (int section = 1; section <= 6; section++) {
			open(auditPath + "/sections/" + section);
			checkAccessibility();
			if (section == 1) {
				find("details summary").click();
				checkAccessibility();
			}
			for (int i = 0; i < 6; i++) {
				int score = index++ % 5;
				expected[section] += score;
				String radio = "statements[" + i + "].score" + ((score == 0) ? "" : "-" + (score + 1));
				driver.findElement(By.cssSelector("label[for='" + radio + "']")).click();
				driver.findElement(By.id("statements[" + i + "].evidence"))
					.sendKeys("Evidence for " + section + "." + (i + 1));
			}
			if (section == 2) {
				driver.findElement(By.id("statements[0].links")).sendKeys("not a web address");
				submit();
				assertThat(driver.getTitle()).startsWith("Error: ");
				assertThat(driver.findElement(By.id("statements[1].evidence")).getAttribute("value"))
					.isEqualTo("Evidence for 2.2");
				checkAccessibility();
				driver.findElement(By.id("statements[0].links")).clear();
				driver.findElement(By.id("statements[0].links")).sendKeys("https://example.org/training-log");
			}
			submit();
			assertThat(find(".govuk-notification-banner").getText()).contains("Section saved");
			checkAccessibility();
		}
		open(auditPath);
		assertThat(find("#progress").getText()).isEqualTo("36 of 36 statements scored");
		checkAccessibility();
		follow("Check and submit");
		checkAccessibility();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Audit submitted for QA");
		checkAccessibility();
		signOut();

		// the QA reviewer finds the audit on their home page, challenges 1.1 and confirms
		// the rest
		signInWithSecondFactor(reviewer.user(), reviewer.secret());
		open("/");
		assertThat(find("main").getText()).contains("Audits submitted for QA").contains(agency.getName());
		checkAccessibility();
		open("/audits");
		checkAccessibility();
		open(auditPath + "/qa");
		checkAccessibility();
		open(auditPath + "/statements/1.1/review");
		checkAccessibility();
		driver.findElement(By.cssSelector("label[for='decision-2']")).click();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
		type("comment", "The referral form does not ask about online life yet.");
		driver.findElement(By.cssSelector("label[for='proposedScore-2']")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Score challenged");
		checkAccessibility();
		clickAndWait(find("a[href$='/qa/confirm-remaining']"));
		assertThat(heading()).isEqualTo("Check the 35 statements not yet reviewed");
		assertThat(find("main").getText()).contains("Evidence for 6.6");
		checkAccessibility();
		clickAndWait(find("form[action$='/qa/confirm-remaining'] button"));
		assertThat(find(".govuk-notification-banner").getText()).contains("Statements confirmed");
		checkAccessibility();
		signOut();

		// the lead accepts the proposed score
		signInWithSecondFactor(lead.user(), lead.secret());
		open(auditPath + "/qa");
		checkAccessibility();
		open(auditPath + "/statements/1.1/response");
		checkAccessibility();
		driver.findElement(By.cssSelector("label[for='decision']")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Proposed score accepted");
		checkAccessibility();
		expected[1] += 1;
		signOut();

		// the reviewer agrees the scores and signs off
		signInWithSecondFactor(reviewer.user(), reviewer.secret());
		open(auditPath + "/qa");
		checkAccessibility();
		clickAndWait(find("form[action$='/agree'] button"));
		assertThat(find(".govuk-notification-banner").getText()).contains("Scores agreed");
		checkAccessibility();
		clickAndWait(find("a[href$='/sign-off']"));
		assertThat(heading()).startsWith("Sign off the audit for");
		assertThat(find("main").getText()).contains("read-only").contains("You cannot undo a sign-off.");
		checkAccessibility();
		clickAndWait(find("form[action$='/sign-off'] button"));
		assertThat(heading()).startsWith("Results:");
		assertThat(find(".govuk-notification-banner").getText()).contains("signed off");
		checkAccessibility();
		open(auditPath + "/history");
		assertThat(find("main").getText()).contains("Agency accepted the QA challenge");
		checkAccessibility();
		open(auditPath + "/sections/1");
		checkAccessibility();

		// the PDF, fetched with the reviewer's session
		open(auditPath + "/results");
		String pdfHref = find("a[href$='report.pdf']").getAttribute("href");
		checkAccessibility();
		Cookie session = driver.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfHref))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		for (int section = 1; section <= 6; section++) {
			assertThat(text).containsPattern("Section " + section + ": [^%]*? " + expected[section] + "/24");
		}
		assertThat(text).contains(agency.getName());

		// the administrator reads the partnership results and their set-up task list
		signOut();
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/audit-results");
		assertThat(find("#heat-map").getText()).contains(agency.getName());
		checkAccessibility();
		open("/");
		assertThat(find(".govuk-task-list").getText()).contains("Open the first audit cycle");
		checkAccessibility();
	}

	private void setValue(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
	}

	private void signOut() {
		driver.manage().deleteAllCookies();
	}

}
