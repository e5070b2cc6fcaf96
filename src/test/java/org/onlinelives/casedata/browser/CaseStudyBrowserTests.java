package org.onlinelives.casedata.browser;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.casedata.CaseStudyTestCases;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestData.UserWithSecret;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One journey through case studies (issue 12 item 6): a practitioner proposes a study
 * with a name in it, sees it marked, redacts it and submits; the lead approves; the
 * administrator returns it with a comment; the practitioner edits and resubmits; both
 * approve; the study is in the library when filtered by its C. axe-core checks every
 * page.
 */
class CaseStudyBrowserTests extends BrowserTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Test
	void aCaseStudyIsRedactedApprovedReturnedResubmittedAndFoundInTheLibrary() {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		UserWithSecret lead = this.data.userWithSecondFactor(partnership, agency, Role.AGENCY_LEAD);
		UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		String reference = CaseStudyTestCases.assessedCase(this.youngPeople, this.assessments, practitioner,
				"CONTACT_APPROACHED_BY_FALSE_YOUNG_PERSON");

		signIn(practitioner.getEmail(), TestData.PASSWORD);
		follow("Case studies");
		assertThat(heading()).isEqualTo("Case study library");
		checkAccessibility();
		follow("Propose a case study");
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter the case reference", "Enter a title",
				"Enter the case study");
		checkAccessibility();
		type("caseReference", reference);
		type("title", "A fake young person in a game");
		type("narrative", "Jane was approached in a game by someone who said they were a young person.\n\n"
				+ "The chat moved to a private app and the worker reported it.");
		submit();
		assertThat(heading()).isEqualTo("A fake young person in a game");
		assertThat(find("#checked-narrative mark").getText()).isEqualTo("Jane");
		assertThat(find("#finding-1").getText()).contains("Possible name", "Jane", "person's or a place's name");
		checkAccessibility();
		clickAndWait(driver.findElement(By.id("redact-1")));
		assertThat(find(".govuk-notification-banner").getText()).contains("Redacted");
		assertThat(find("#checked-narrative").getText()).startsWith("[removed] was approached");
		assertThat(driver.findElements(By.cssSelector("#checked-narrative mark"))).isEmpty();
		checkAccessibility();
		clickAndWait(driver.findElement(By.id("submit-draft")));
		assertThat(find("#status").getText()).isEqualTo("Waiting for the agency lead");

		decide(lead, "decision", null);
		decide(admin, "decision-2", "Say less about how it was reported.");

		driver.manage().deleteAllCookies();
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/case-studies/drafts");
		checkAccessibility();
		follow("A fake young person in a game");
		assertThat(find("#return-comment").getText()).contains("Returned by the partnership administrator",
				"Say less about how it was reported.");
		checkAccessibility();
		type("narrative", "[removed] was approached in a game by someone who said they were a young person.");
		clickAndWait(driver.findElement(By.id("save")));
		assertThat(find(".govuk-notification-banner").getText()).contains("Changes saved");
		clickAndWait(driver.findElement(By.id("submit-draft")));
		assertThat(find("#status").getText()).isEqualTo("Waiting for the agency lead");

		decide(lead, "decision", "Useful for new staff.");
		decide(admin, "decision", null);

		open("/case-studies");
		new Select(driver.findElement(By.id("c"))).selectByVisibleText("Contact");
		clickAndWait(driver.findElement(By.id("apply-filters")));
		assertThat(find("#results").getText()).isEqualTo("1 case study");
		checkAccessibility();
		new Select(driver.findElement(By.id("c"))).selectByVisibleText("Commerce");
		clickAndWait(driver.findElement(By.id("apply-filters")));
		assertThat(find("#results").getText()).isEqualTo("No case studies");
		new Select(driver.findElement(By.id("c"))).selectByVisibleText("Contact");
		clickAndWait(driver.findElement(By.id("apply-filters")));
		follow("A fake young person in a game");
		assertThat(find("main").getText()).contains("14-15 years",
				"Was approached by someone pretending to be a young person", "[removed] was approached in a game");
		checkAccessibility();
	}

	/**
	 * Signs in as a lead or administrator and records a decision on the only draft
	 * waiting.
	 */
	private void decide(UserWithSecret who, String option, String comment) {
		driver.manage().deleteAllCookies();
		signInWithSecondFactor(who.user(), who.secret());
		open("/case-studies/drafts");
		checkAccessibility();
		follow("A fake young person in a game");
		checkAccessibility();
		driver.findElement(By.cssSelector("label[for='" + option + "']")).click();
		if (comment != null) {
			type("comment", comment);
		}
		clickAndWait(driver.findElement(By.id("record-decision")));
		assertThat(find(".govuk-notification-banner").getText()).contains("Decision recorded");
	}

}
