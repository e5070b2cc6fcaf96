package org.onlinelives.assessment.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds the partnership's police and crisis contacts; a practitioner
 * records a young person threatened with the sharing of a picture (sextortion), completes
 * the assessment and finds those contacts inside the prompts, answers the police prompt
 * with its reference, and downloads the report that holds it. axe-core on every page.
 */
class SextortionJourneyBrowserTests extends BrowserTest {

	static final String POLICE = "Northshire Police child abuse team";

	static final String POLICE_PHONE = "0300 123 4567";

	static final String CRISIS = "Northshire young people's crisis line";

	static final String CRISIS_PHONE = "0800 765 4321";

	@Test
	void contactsFromTheDirectoryAppearInTheSextortionPrompts() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);

		// the administrator adds two contacts to the directory
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/help-directory");
		checkAccessibility();
		addContact(POLICE, "POLICE", POLICE_PHONE, "24 hours, every day");
		addContact(CRISIS, "MENTAL_HEALTH_CRISIS", CRISIS_PHONE, "5pm to 9am and weekends");
		open("/help-directory");
		assertThat(find("main").getText()).contains(POLICE, CRISIS);
		checkAccessibility();

		// a practitioner records the case
		driver.manage().deleteAllCookies();
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/young-people/new");
		checkAccessibility();
		String reference = "SEXTORTION-" + TestData.unique();
		type("caseReference", reference);
		type("age", "15");
		click("gender");
		click("onlineComponent");
		click("referralSource");
		submit();
		assertThat(heading()).isEqualTo("Young person " + reference);
		checkAccessibility();
		submit();
		assertThat(heading()).isEqualTo("Vulnerability factors");
		checkAccessibility();
		submit();
		assertThat(heading()).isEqualTo("High-risk online scenarios");
		// threats to share a picture she never sent: asked here, once, with every other
		// question about pictures
		clickAndStay(driver.findElement(By.cssSelector("input[name=pictures][value=SEXTORTION]")));
		checkAccessibility();
		submit();
		assertThat(heading()).isEqualTo("Offline context");
		checkAccessibility();
		submit();
		assertThat(heading()).isEqualTo("Concerns");
		assertThat(driver.findElements(By.cssSelector("input[value=SEXTORTION]"))).isEmpty();
		checkAccessibility();
		clickAndStay(driver.findElement(By.cssSelector("input[name=concerns][value=ANY_CONCERN]")));
		submit();
		for (int i = 0; i < 10; i++) {
			assertThat(heading()).startsWith("10 Cs: ");
			checkAccessibility();
			submit();
		}
		assertThat(heading()).isEqualTo("Check your answers");
		assertThat(find("main").getText()).contains("Someone threatens to share a picture of the young person");
		checkAccessibility();

		clickAndWait(driver.findElement(By.id("complete")));
		assertThat(heading()).isEqualTo("Assessment version 1");
		String page = find("main").getText();
		assertThat(page).contains("Assessment completed").doesNotContain("Check your answers").doesNotContain("??");
		// the prompts threats to share a picture raise, with the directory's contacts
		assertThat(find("#prompt-POLICE_AND_CEOP").getText()).contains("Urgent", POLICE, POLICE_PHONE,
				"24 hours, every day", "CEOP");
		assertThat(find("#prompt-CONSIDER_SUICIDE_PREVENTION_PLAN").getText()).contains(CRISIS, CRISIS_PHONE);
		assertThat(find("#prompt-EARLY_REMOVAL_REPORT").getText()).contains("Report Remove");
		assertThat(find("#prompt-REASSURE_THE_YOUNG_PERSON").getText()).isNotBlank();
		checkAccessibility();
		String summaryPath = driver.getCurrentUrl().replaceAll("#.*$", "").replace(baseUrl(), "");

		// answering the police prompt, with the reference the police gave
		clickAndWait(find("#prompt-POLICE_AND_CEOP a[href$='/prompts/POLICE_AND_CEOP']"));
		assertThat(find("main").getText()).contains(POLICE, POLICE_PHONE);
		checkAccessibility();
		click("answer");
		LocalDate today = LocalDate.now();
		type("doneDay", String.valueOf(today.getDayOfMonth()));
		type("doneMonth", String.valueOf(today.getMonthValue()));
		type("doneYear", String.valueOf(today.getYear()));
		type("note", "Police reference NP-4711/26");
		submit();
		assertThat(find("#prompt-POLICE_AND_CEOP").getText()).contains("Police reference NP-4711/26");
		checkAccessibility();

		// the report holds the prompt, its contacts and its answer
		open(summaryPath);
		String pdfHref = find("a[href$='report.pdf']").getAttribute("href");
		Cookie session = driver.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfHref))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}
		assertThat(text).contains("Report to the police and CEOP", POLICE, POLICE_PHONE, CRISIS,
				"Police reference NP-4711/26", "Someone threatens to share a picture of the young person");
	}

	private void addContact(String name, String service, String phone, String hours) {
		open("/help-directory/new");
		checkAccessibility();
		type("name", name);
		clickAndStay(driver.findElement(By.cssSelector("input[name=kind][value=" + service + "]")));
		clickAndStay(driver.findElement(By.cssSelector("input[name=audiences][value=PROFESSIONALS]")));
		clickAndStay(driver.findElement(By.cssSelector("input[name=topics][value=CONTACT]")));
		clickAndStay(driver.findElement(By.cssSelector("input[name=reach][value=LOCAL]")));
		type("phone", phone);
		type("hours", hours);
		LocalDate review = LocalDate.now().plusMonths(6);
		type("reviewDay", String.valueOf(review.getDayOfMonth()));
		type("reviewMonth", String.valueOf(review.getMonthValue()));
		type("reviewYear", String.valueOf(review.getYear()));
		submit();
		assertThat(find("main").getText()).contains(name);
	}

	private void click(String id) {
		clickAndStay(driver.findElement(By.id(id)));
	}

	private static void clickAndStay(org.openqa.selenium.WebElement element) {
		element.click();
	}

}
