package org.onlinelives.strategy.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.web.SelfAuditWorld;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partnership plan as people use it: an agency lead escalates an audit action; an
 * administrator turns it into a plan action, records progress, adopts a recommendation
 * and downloads the board report; the lead sees the plan action and its status from the
 * audit. axe-core checks every page at a phone's width and a desktop's.
 */
class StrategyBrowserTests extends BrowserTest {

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	JdbcClient jdbc;

	@Test
	void escalateAnAuditActionSeeItInThePlanAndDownloadTheBoardReport() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		TestData.UserWithSecret lead = this.data.userWithSecondFactor(world.partnership, world.agency,
				Role.AGENCY_LEAD);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(world.partnership, null, Role.PARTNERSHIP_ADMIN);
		AuditCycle cycle = world.cycle("Plan cycle", world.agency);
		Audit audit = world.submitted(cycle, lead.user(), (i) -> 1);
		String actions = "/audits/" + audit.getId() + "/actions";

		// the agency lead adds the proposed action for 2.3 and escalates it
		signInWithSecondFactor(lead.user(), lead.secret());
		open(actions);
		checkAccessibility();
		open(actions + "/new?statement=2.3");
		checkAccessibility();
		submit();
		assertThat(find("#plan").getText()).contains("2.3");
		clickAndWait(find("#plan a"));
		checkAccessibility();
		clickAndWait(find("#escalate"));
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
		type("reason", "Every agency needs the same practitioner training; we cannot commission it alone.");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Action escalated");
		String actionPage = new URI(driver.getCurrentUrl()).getPath();
		long auditActionId = Long.parseLong(actionPage.substring(actionPage.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from plan_escalation where audit_action_id = :a")
				.param("a", auditActionId)
				.query(Long.class)
				.single() == 1);
		open(actionPage);
		assertThat(find("#plan-follow-up").getText()).contains("waiting for the partnership");
		checkAccessibility();

		// the administrator places it in the plan as a new action and records progress
		driver.manage().deleteAllCookies();
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/");
		assertThat(find("main").getText()).contains("Audit actions escalated by agencies: 1");
		open("/plan");
		checkAccessibility();
		follow("Escalated audit actions");
		assertThat(find("main").getText()).contains(world.agency.getName()).contains("we cannot commission it alone");
		checkAccessibility();
		clickAndWait(find("main a[href*='/plan/actions/new?escalation=']"));
		assertThat(find("#from-escalation").getText()).contains(world.agency.getName());
		checkAccessibility();
		type("title", "Commission practitioner training for every agency");
		new Select(find("#ownerAgencyId")).selectByVisibleText(world.agency.getName());
		new Select(find("#leadUserId")).selectByVisibleText(lead.user().getDisplayName());
		int year = LocalDate.now().getYear() + 1;
		type("dueDay", "31");
		type("dueMonth", "3");
		type("dueYear", String.valueOf(year));
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Action added to the plan");
		assertThat(find("#weaknesses").getText()).contains("2.3").contains(world.agency.getName());
		checkAccessibility();
		type("note", "Provider chosen; first dates in September.");
		driver.findElement(By.cssSelector("label[for=status-2]")).click();
		driver.findElement(By.cssSelector("label[for=rag-2]")).click();
		submit();
		assertThat(find("#progress-notes").getText()).contains("Provider chosen").contains("rated Amber");
		checkAccessibility();
		follow("Back to the plan");
		assertThat(find("#actions-TRAINING_AND_DEVELOPMENT").getText())
			.contains("Commission practitioner training for every agency")
			.contains("Amber");
		checkAccessibility();
		follow("Recommendations");
		checkAccessibility();
		clickAndWait(find("#R6 form button"));
		assertThat(find("#R6").getText()).contains("Adopted");
		follow("Points of contact");
		assertThat(find("#points-of-contact").getText()).contains(world.agency.getName()).contains("Not named yet");
		checkAccessibility();

		open("/plan");
		String href = find("#board-report").getAttribute("href");
		Cookie session = driver.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Commission practitioner training for every agency")
				.contains(cycle.getName());
		}

		// the lead sees where the plan placed the escalated action, and how it is going
		driver.manage().deleteAllCookies();
		signInWithSecondFactor(lead.user(), lead.secret());
		open(actionPage);
		assertThat(find("#plan-follow-up").getText())
			.contains("In the partnership plan as Commission practitioner training for every agency")
			.contains("In progress")
			.contains("Amber");
		checkAccessibility();
		open(actions);
		assertThat(find("#plan").getText()).contains("Commission practitioner training for every agency");
		checkAccessibility();
	}

}
