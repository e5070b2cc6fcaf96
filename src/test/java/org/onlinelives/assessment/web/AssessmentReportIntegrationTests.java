package org.onlinelives.assessment.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.Journey;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.TenC;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable report holds the whole record of a version, and is a tagged PDF with its
 * one font embedded, so that it reads aloud in order and prints every character as typed.
 */
class AssessmentReportIntegrationTests extends WebIntegrationTest {

	/**
	 * Outside WinAnsi: a dieresis is in it, but the dash, curly quotes, ≥ and ✓ are not.
	 */
	static final String TYPOGRAPHY = "Zoë – “quoted” ≥ ✓";

	static final String POLISH_NAME = "Łukasz Żółć";

	static final String GREEK_AND_CYRILLIC = "Αλέξανδρος Жанна";

	/** Aisha, in Arabic script: right to left, its letters joined. */
	static final String ARABIC_NAME = "عائشة";

	@Autowired
	Directory directory;

	@Autowired
	Catalogue catalogue;

	Journey journey;

	long person;

	long assessment;

	String reference;

	@BeforeEach
	void recordASextortionCase() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		User admin = this.data.user(partnership, agency, Role.PARTNERSHIP_ADMIN);
		this.directory.add(new SignedInUser(admin, false, false),
				new EntryDetails("Northshire Police child abuse team", ServiceKind.POLICE, null,
						java.util.Set.of(Audience.PROFESSIONALS), java.util.Set.of(HelpTopic.CONTACT), Reach.LOCAL,
						null, null, "0300 123 4567", null, null, "24 hours", LocalDate.now().plusMonths(6)),
				admin.getEmail());
		this.journey = new Journey(this.mvc, practitioner);
		this.reference = "PDF-" + TestData.unique();
		this.person = this.journey.recordYoungPerson(this.reference, "15");
		this.assessment = this.journey.start(this.person);
		String base = Journey.base(this.person, this.assessment);
		redirects(this.journey.step(this.person, this.assessment, "factors",
				Map.of("factors", List.of("ISOLATED", "MENTAL_HEALTH_DIFFICULTIES"))));
		redirects(this.journey.step(this.person, this.assessment, "scenarios",
				Map.of("scenarios", List.of("CONDUCT_SHARED_INTIMATE_IMAGE", "CONTACT_SELF_HARM_OR_SUICIDE_SITES"),
						"whyShared", List.of("SHARED_WHEN_TRICKED"), "whatHappenedAfter",
						List.of("AFTER_BLACKMAILED_FOR_MORE"), "pictures", List.of("SEXTORTION"))));
		redirects(this.journey.step(this.person, this.assessment, "offline", Map.of("adversities",
				List.of("EMOTIONAL_ABUSE"), "notes", List.of("Lives with her aunt; " + GREEK_AND_CYRILLIC))));
		redirects(this.journey.step(this.person, this.assessment, "concerns",
				Map.of("concerns", List.of("ANY_CONCERN", "SUICIDAL_THOUGHTS_OR_SELF_HARM"), "grooming",
						List.of("ADULT_OR_MUCH_OLDER", "REQUESTS_FOR_IMAGES"), "threshold",
						List.of("CHILD_PROTECTION"))));
		int rating = 1;
		for (TenC tenC : this.catalogue.tenCs()) {
			redirects(this.journey.step(this.person, this.assessment, "ten-cs/" + tenC.code(),
					Map.of("rating", List.of(String.valueOf(rating)), "strengths",
							List.of("Strength noted for " + tenC.title()), "vulnerabilities",
							List.of("Worry noted for " + tenC.title()), "youngPersonView",
							List.of(tenC.code().equals("CONTACT") ? TYPOGRAPHY : "Her view on " + tenC.title()),
							"parentView", List.of("Aunt's view on " + tenC.title()))));
			rating = (rating % 5) + 1;
		}
		redirects(this.journey.complete(this.person, this.assessment));
		redirects(this.journey.post(base + "/prompts/POLICE_AND_CEOP",
				Map.of("version", List.of(this.journey.versionOn(base + "/prompts/POLICE_AND_CEOP")), "answer",
						List.of("DONE"), "doneDay", List.of(String.valueOf(LocalDate.now().getDayOfMonth())),
						"doneMonth", List.of(String.valueOf(LocalDate.now().getMonthValue())), "doneYear",
						List.of(String.valueOf(LocalDate.now().getYear())), "note",
						List.of("Police reference NP-4711/26, officer " + POLISH_NAME))));
		redirects(this.journey.post(base + "/prompts/INVOLVE_PARENTS_OR_CARERS",
				Map.of("version", List.of(this.journey.versionOn(base + "/prompts/INVOLVE_PARENTS_OR_CARERS")),
						"answer", List.of("NOT_APPLICABLE"), "note", List.of("Her aunt already knows and helps"))));
		redirects(this.journey.post(base + "/notes",
				Map.of("text", List.of("Met her at school with her aunt and her friend " + ARABIC_NAME))));
	}

	@Test
	void theReportHoldsTheWholeRecord() throws Exception {
		byte[] pdf = report();
		// kept for people to look at, as the browser tests keep screenshots
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "assessment-report-sample.pdf"), pdf);
		String text = text(pdf);
		Document summary = this.journey.page(Journey.base(this.person, this.assessment));

		assertThat(text).contains("Flags", "Procedure prompts", "Answers recorded", "Vulnerability factors",
				"High-risk scenarios", "Offline adversities", "Concerns", "10 Cs map", "Case notes");
		// every flag and every prompt raised, as the page shows them
		assertThat(summary.select(".ol-flag h3").eachText()).isNotEmpty()
			.allSatisfy((flag) -> assertThat(text).contains(flag));
		List<String> prompts = summary.select(".ol-prompt h3").eachText();
		assertThat(prompts).hasSizeGreaterThan(5);
		for (String heading : prompts) {
			assertThat(text).contains(heading.replaceFirst("^(Urgent|Standard) ", ""));
		}
		// the answers to the prompts, with their notes, and the directory's contact
		assertThat(text).contains("Police reference NP-4711/26, officer " + POLISH_NAME, "Not applicable (recorded by",
				"Her aunt already knows and helps", "Not answered yet", "Northshire Police child abuse team",
				"0300 123 4567");
		// factors, scenarios and the picture questions, offline context, concerns
		assertThat(text).contains("Isolated", "Mental health difficulties",
				"Often visits sites that encourage self-harm or suicide",
				"Has shared a nude or intimate picture they took of themselves", "Was tricked into sharing it",
				"Was blackmailed and told to send more pictures",
				"Someone threatens to share a picture of the young person", "Emotional abuse",
				"Lives with her aunt; " + GREEK_AND_CYRILLIC, "I have a safeguarding concern about the young person",
				"expressed thoughts of suicide", "Signs of grooming: The person is an adult or much older",
				"Threshold decision: Child protection");
		// every 10 Cs entry, and the chart's table
		for (TenC tenC : this.catalogue.tenCs()) {
			assertThat(text).contains(tenC.title(), "Strength noted for " + tenC.title(),
					"Worry noted for " + tenC.title(), "Aunt's view on " + tenC.title());
		}
		assertThat(text).contains("10 Cs ratings as a table", "Met her at school with her aunt");
	}

	@Test
	void charactersOutsideWinAnsiComeOutAsTyped() throws Exception {
		String text = text(report());
		assertThat(text).contains(TYPOGRAPHY, POLISH_NAME, GREEK_AND_CYRILLIC, ARABIC_NAME);
	}

	@Test
	void theReportIsATaggedPdfWithItsFontEmbedded() throws Exception {
		try (PDDocument document = Loader.loadPDF(report())) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Online-life assessment: young person " + this.reference + ", version 1");
			assertThat(catalog.getViewerPreferences()).isNotNull();
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			// PDF/A identification in the metadata
			String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).contains("pdfaid:part", "pdfuaid:part");

			List<PDStructureElement> elements = new ArrayList<>();
			collect(catalog.getStructureTreeRoot(), elements);
			List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
			assertThat(types.stream().filter("H1"::equals)).hasSize(1);
			assertThat(types).contains("H2", "H3", "Table", "TH", "TD", "L", "LI", "P");
			// the chart is a figure described in words
			List<String> figures = elements.stream()
				.filter((element) -> "Figure".equals(element.getStructureType()))
				.map(PDStructureElement::getAlternateDescription)
				.toList();
			assertThat(figures).hasSize(1);
			assertThat(figures.get(0)).startsWith("10 Cs ratings for version 1.").contains("Contact: 3");

			List<PDFont> fonts = new ArrayList<>();
			int images = 0;
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
				for (COSName name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof PDImageXObject) {
						images++;
					}
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
				assertThat(font).isInstanceOf(PDType0Font.class);
			});
			assertThat(images).isEqualTo(1);
		}
	}

	private byte[] report() throws Exception {
		MockHttpServletResponse pdf = this.journey.get(Journey.base(this.person, this.assessment) + "/report.pdf");
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		return pdf.getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// lines wrap at spaces and after hyphens ("self-" / "disclosure")
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replaceAll("(\\w)- (\\w)", "$1-$2");
		}
	}

	private static void collect(PDStructureNode node, List<PDStructureElement> into) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				into.add(element);
				collect(element, into);
			}
		}
	}

	private static void redirects(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as(response.getContentAsByteArray().length > 0 ? contentOf(response) : "")
			.isEqualTo(302);
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return "";
		}
	}

}
