package org.onlinelives.workforce.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training as people use it: an administrator adds a course, a practitioner records and
 * evaluates it, and the administrator sees the agency's coverage. axe-core checks every
 * page; the coverage page is looked at on a desktop and on a phone.
 */
class TrainingBrowserTests extends BrowserTest {

	@Test
	void recordTrainingThenSeeItInTheAgencysCoverage() throws IOException {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);

		signInWithSecondFactor(admin.user(), admin.secret());
		open("/training/courses/new");
		checkAccessibility();
		type("durationMinutes", "an hour");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter the course title")
			.contains("whole number of minutes");
		checkAccessibility();
		type("title", "Responding to sextortion");
		driver.findElement(By.cssSelector("input[name=level][value=PRACTITIONER]")).click();
		type("provider", "Partnership training team");
		type("durationMinutes", "180");
		driver.findElement(By.cssSelector("input[name=supportedStatements][value='2.3']")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Course added");
		assertThat(find("main").getText()).contains("Responding to sextortion").contains("Every 12 months");
		checkAccessibility();

		driver.manage().deleteAllCookies();
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/training");
		checkAccessibility();
		follow("Record training");
		checkAccessibility();
		new Select(find("#courseId")).selectByVisibleText("Responding to sextortion");
		LocalDate completed = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);
		setDate("completedOn", completed);
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Training recorded");
		assertThat(find("#refreshers").getText()).contains("Responding to sextortion").contains("Up to date");
		checkAccessibility();
		clickAndWait(driver.findElement(By.cssSelector("#records a[href*='/evaluation']")));
		checkAccessibility();
		driver.findElement(By.cssSelector("label[for=confidenceBefore-2]")).click();
		driver.findElement(By.cssSelector("label[for=confidenceAfter-4]")).click();
		type("missing", "More on gaming platforms");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("evaluation was sent");

		driver.manage().deleteAllCookies();
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/training/coverage");
		assertThat(find("#coverage-table").getText()).contains(agency.getName()).contains("1 of 1").contains("100%");
		checkAccessibility();
		screenshot("training-coverage-1280");
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			open("/training/coverage");
			checkAccessibility();
			screenshot("training-coverage-390");
			Number overflow = (Number) ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(overflow.intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	/** Sets a date field the way a person would, whatever the browser's date widget. */
	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				date.toString());
	}

	private void screenshot(String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
