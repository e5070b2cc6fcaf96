package org.onlinelives.casedata.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.casedata.CaseDataTestCases;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.UkTime;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestData.UserWithSecret;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner completes an assessment and records the outcome in the browser; the
 * agency lead sees the case counted on the dashboard and sends the quarterly return; an
 * analyst sees the partnership figure withheld because it is small, sees who has sent the
 * return and reads it with its small counts withheld; the administrator changes the
 * timetable. axe-core checks every page.
 */
class CaseDataBrowserTests extends BrowserTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataReturnService returns;

	@Test
	void anOutcomeRecordedIsCountedForTheAgencyAndWithheldForThePartnership() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		Agency other = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		UserWithSecret lead = this.data.userWithSecondFactor(partnership, agency, Role.AGENCY_LEAD);
		// analysts reach across agencies, so they sign in with a second factor
		UserWithSecret analyst = this.data.userWithSecondFactor(partnership, null, Role.ANALYST);
		User otherPractitioner = this.data.user(partnership, other, Role.PRACTITIONER);
		UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		// a quarterly timetable whose current quarter ends this month, so its return is
		// open
		String quarter = YearMonth.now(UkTime.ZONE).minusMonths(2).toString();
		this.returns.setTimetable(new SignedInUser(admin.user(), false, false), ReturnFrequency.QUARTERLY,
				YearMonth.parse(quarter), 30, null);
		for (int i = 0; i < 12; i++) {
			CaseDataTestCases.completedCase(this.youngPeople, this.assessments, otherPractitioner, Gender.BOY_OR_MAN,
					"Chat app", (i < 10) ? CaseOutcome.CHILD_IN_NEED : CaseOutcome.EARLY_HELP);
		}

		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/young-people/new");
		String reference = "JOURNEY-" + TestData.unique();
		type("caseReference", reference);
		type("age", "13");
		click("gender");
		click("onlineComponent");
		click("referralSource");
		click("otherPlatforms-chosen");
		type("otherPlatforms", "Chat app");
		submit();
		assertThat(heading()).isEqualTo("Young person " + reference);
		String record = driver.getCurrentUrl().replace(baseUrl(), "");
		submit();
		assertThat(heading()).isEqualTo("Vulnerability factors");
		open(driver.getCurrentUrl().replace(baseUrl(), "").replace("/factors", "/check"));
		checkAccessibility();
		clickAndWait(driver.findElement(By.id("complete")));
		assertThat(heading()).isEqualTo("Assessment version 1");

		open(record);
		checkAccessibility();
		follow("Record the outcome");
		assertThat(heading()).isEqualTo("Case outcome");
		checkAccessibility();
		type("outcomeYear", String.valueOf(LocalDate.now().getYear() + 1));
		type("outcomeDay", "1");
		type("outcomeMonth", "1");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Select the outcome");
		checkAccessibility();
		click("outcome-3");
		submit();
		assertThat(find(".govuk-error-summary").getText())
			.contains("The date of the outcome must be today or in the past");
		assertThat(driver.findElement(By.id("outcomeYear")).getAttribute("value"))
			.isEqualTo(String.valueOf(LocalDate.now().getYear() + 1));
		assertThat(driver.findElement(By.id("outcome-3")).isSelected()).isTrue();
		checkAccessibility();
		LocalDate today = LocalDate.now();
		type("outcomeDay", String.valueOf(today.getDayOfMonth()));
		type("outcomeMonth", String.valueOf(today.getMonthValue()));
		type("outcomeYear", String.valueOf(today.getYear()));
		click("onlineComponent");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Outcome saved");
		assertThat(find("main").getText()).contains("Early help");
		checkAccessibility();
		CaseDataTestCases.awaitFacts(this.jdbc, partnership.getId(), 13);
		CaseDataTestCases.awaitOutcome(this.jdbc, partnership.getId(), "EARLY_HELP");

		driver.manage().deleteAllCookies();
		signInWithSecondFactor(lead.user(), lead.secret());
		follow("Case data");
		assertThat(heading()).isEqualTo("Your agency's case data");
		checkAccessibility();
		WebElement outcomes = find("#by-outcome ~ table");
		assertThat(outcomes.getText()).contains("Early help 1").doesNotContain("Child in need");
		screenshot("case-data-dashboard-1280");
		driver.manage().window().setSize(new Dimension(390, 844));
		checkAccessibility();
		screenshot("case-data-dashboard-390");
		driver.manage().window().setSize(new Dimension(1280, 1000));

		// the lead reviews and sends the quarterly return (issue 12 item 5)
		follow("Data returns");
		assertThat(heading()).isEqualTo("Your agency's data returns");
		assertThat(find("#agency-returns").getText()).contains("Not yet submitted", "Not open yet");
		checkAccessibility();
		clickAndWait(driver.findElement(By.cssSelector("a[href$='/case-data/returns/periods/" + quarter + "']")));
		assertThat(heading()).isEqualTo("Review and submit your return");
		assertThat(find("#return-by-outcome ~ table").getText()).contains("Early help Withheld");
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter a comment");
		checkAccessibility();
		type("comment", "One case this quarter; more are being recorded.");
		submit();
		assertThat(heading()).endsWith("data return, version 1");
		assertThat(find(".govuk-notification-banner").getText()).contains("Return sent");
		assertThat(find("#return-comment").getText()).isEqualTo("One case this quarter; more are being recorded.");
		checkAccessibility();

		driver.manage().deleteAllCookies();
		signInWithSecondFactor(analyst.user(), analyst.secret());
		follow("Partnership figures");
		follow("By outcome");
		assertThat(heading()).isEqualTo("Partnership figures");
		checkAccessibility();
		// the other agency's 2 cases of early help are withheld, with what would give
		// them
		// away; the journey's agency, with 1 case, is too small to count even with others
		assertThat(find("main table").getText()).contains("Withheld").doesNotContain(agency.getName());
		assertThat(find("main").getText())
			.contains("One agency had fewer than 10 cases in the period, too few to count even together");
		for (WebElement cell : driver.findElements(By.cssSelector("main table td"))) {
			String text = cell.getText();
			assertThat(text.equals("Withheld") || text.equals("0") || Long.parseLong(text) >= 5).as(text).isTrue();
		}
		screenshot("case-data-partnership-1280");
		driver.manage().window().setSize(new Dimension(390, 844));
		checkAccessibility();
		screenshot("case-data-partnership-390");
		driver.manage().window().setSize(new Dimension(1280, 1000));

		// the analyst sees who has sent the return, and reads it with its small counts
		// withheld
		follow("Agencies' data returns");
		assertThat(heading()).isEqualTo("Data returns");
		WebElement period = find("#period-" + quarter);
		assertThat(period.getText()).contains("1 of 2 agencies sent", "Submitted", "Not yet submitted");
		checkAccessibility();
		clickAndWait(period.findElement(By.partialLinkText("Version 1")));
		assertThat(heading()).isEqualTo(agency.getName() + ": data return, version 1");
		for (WebElement cell : driver.findElements(By.cssSelector("main table td"))) {
			String text = cell.getText();
			assertThat(text.equals("Withheld") || text.equals("0") || Long.parseLong(text) >= 10).as(text).isTrue();
		}
		assertThat(find("#return-by-outcome ~ table").getText()).contains("Early help Withheld");
		checkAccessibility();

		// The administrator merges the spelling the practitioners typed into a name on
		// the
		// list.
		driver.manage().deleteAllCookies();
		signInWithSecondFactor(admin.user(), admin.secret());
		follow("Agencies' data returns");
		follow("Change the timetable");
		assertThat(heading()).isEqualTo("Data return timetable");
		type("dueDays", "0");
		submit();
		assertThat(find(".govuk-error-summary").getText()).contains("The number of days must be from 1 to 180");
		checkAccessibility();
		type("dueDays", "45");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Timetable saved");
		assertThat(find("main").getText()).contains("Quarterly returns, due 45 days after each period ends.");
		checkAccessibility();
		open("/admin/platforms");
		assertThat(heading()).isEqualTo("Platforms and apps");
		assertThat(find("main").getText()).contains("Chat app");
		checkAccessibility();
		clickAndWait(driver.findElement(By.cssSelector("a[href*='variant=Chat']")));
		assertThat(heading()).isEqualTo("Merge a spelling into a platform");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("canonical")))
			.selectByVisibleText("Discord");
		submit();
		assertThat(heading()).isEqualTo("Platforms and apps");
		assertThat(find(".govuk-notification-banner").getText()).contains("Chat app");
		checkAccessibility();
	}

	private void click(String id) {
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		assertThat(driver.findElement(By.id(id)).isSelected()).as("%s selected", id).isTrue();
	}

	private void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
