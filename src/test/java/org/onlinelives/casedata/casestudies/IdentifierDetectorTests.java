package org.onlinelives.casedata.casestudies;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redaction helper: tables of what each kind of identifier looks like, what must not
 * be found, and properties over generated text.
 */
class IdentifierDetectorTests {

	private static List<Finding> find(String text) {
		return IdentifierDetector.find(text, List.of());
	}

	private static List<String> found(String text, IdentifierKind kind) {
		return find(text).stream().filter((f) -> f.kind() == kind).map(Finding::text).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			She met Jamie online.                         | Jamie
			The worker spoke to Mrs Patel about it.       | Patel
			Later she told Kayleigh Smith-Jones.           | Kayleigh Smith-Jones
			Olivia said the messages began in the summer. | Olivia
			They moved from Dudley last year.              | Dudley
			He said O'Neill had sent it.                   | O'Neill
			""")
	void namesAreCapitalisedWordsInsideASentenceOrCommonFirstNames(String text, String name) {
		assertThat(found(text, IdentifierKind.NAME)).containsExactly(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "She was contacted on Snapchat and Instagram.", "The police and CEOP were told.",
			"Her Mum and Dad asked for help.", "Then the worker called. After that, things improved.",
			"In the summer the messages stopped.", "I think it began over Christmas.", "- Referral made\n- Plan agreed",
			"The young person said: Stop.", "It was [removed] who sent it." })
	void ordinaryWordsAndSentenceStartsAreNotNames(String text) {
		assertThat(found(text, IdentifierKind.NAME)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			It began on 3/4/2024 at night.      | 3/4/2024
			It began on 03-04-24 at night.      | 03-04-24
			It began on 3.4.2024 at night.      | 3.4.2024
			The date was 2024-04-03 exactly.    | 2024-04-03
			It began on 3rd of March 2024.      | 3rd of March 2024
			It began on 3 March.                | 3 March
			It began on 14 Feb, 2023.           | 14 Feb, 2023
			It began on March 3rd, 2024.        | March 3rd, 2024
			It began in March 2024.             | March 2024
			It began in 2019 and went on.       | 2019
			Seen on 12/5 by the nurse.          | 12/5
			""")
	void datesInManyFormats(String text, String date) {
		assertThat(found(text, IdentifierKind.DATE)).containsExactly(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "She may tell someone.", "It happened 3 times in a week.", "Score 4 of 10.",
			"In March things improved." })
	void wordsAndNumbersThatAreNotDates(String text) {
		assertThat(found(text, IdentifierKind.DATE)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Call 07700 900123 if needed.        | 07700 900123
			Call 07700900123 if needed.         | 07700900123
			Call +44 7700 900123 if needed.     | +44 7700 900123
			Call +44 (0)7700 900123 if needed.  | +44 (0)7700 900123
			Call 020 7946 0018 if needed.       | 020 7946 0018
			Call 0161 496 0000 if needed.       | 0161 496 0000
			Call (01632) 960001 if needed.      | (01632) 960001
			Call 01632-960-001 if needed.       | 01632-960-001
			""")
	void ukPhoneNumbers(String text, String phone) {
		assertThat(found(text, IdentifierKind.PHONE)).containsExactly(phone);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Reference 12345 was used.", "There were 1000 messages.", "Call 0800 11 if needed." })
	void numbersThatAreNotPhoneNumbers(String text) {
		assertThat(found(text, IdentifierKind.PHONE)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Write to jo.bloggs+test@example.co.uk today. | jo.bloggs+test@example.co.uk
			Her account was kid99@mail.com.              | kid99@mail.com
			""")
	void emails(String text, String email) {
		assertThat(found(text, IdentifierKind.EMAIL)).containsExactly(email);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			She lives at DY1 1HF now.    | DY1 1HF
			She lives at dy1 1hf now.    | dy1 1hf
			She lives at B12 9QX now.    | B12 9QX
			She lives at SW1A 1AA now.   | SW1A 1AA
			She lives at EC1A1BB now.    | EC1A1BB
			""")
	void ukPostcodes(String text, String postcode) {
		assertThat(found(text, IdentifierKind.POSTCODE)).containsExactly(postcode);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			She goes to Oakfield Academy on weekdays.          | Oakfield Academy
			He was at St Mary's Primary until recently.        | St Mary's Primary
			The Riverside High School nurse noticed.           | Riverside High School
			She studies at Dudley College of Technology.       | Dudley College
			Staff at Greenhill school raised it.               | Greenhill school
			""")
	void schoolNames(String text, String school) {
		assertThat(found(text, IdentifierKind.SCHOOL)).containsExactly(school);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The School nurse noticed.", "She told her school.", "At the Academy there was help." })
	void schoolsWithoutANameAreNotFound(String text) {
		assertThat(found(text, IdentifierKind.SCHOOL)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			She is 14 years old.                | 14 years old
			A 14-year-old girl was contacted.   | 14-year-old
			She is fourteen years old.          | fourteen years old
			She was aged 14 then.               | aged 14
			Age: 15 at referral.                | Age: 15
			A 13yo was involved.                | 13yo
			A 13 y/o was involved.              | 13 y/o
			It was after her 16th birthday.     | 16th birthday
			""")
	void exactAges(String text, String age) {
		assertThat(found(text, IdentifierKind.AGE)).containsExactly(age);
	}

	@Test
	void theYoungPersonsOwnCaseReferenceIsFoundWhateverItsCase() {
		List<Finding> findings = IdentifierDetector.find("Case cd-2024-117 was reviewed; see CD-2024-117.",
				List.of("CD-2024-117"));
		assertThat(findings).extracting(Finding::kind)
			.containsExactly(IdentifierKind.CASE_REFERENCE, IdentifierKind.CASE_REFERENCE);
		assertThat(findings).extracting(Finding::text).containsExactly("cd-2024-117", "CD-2024-117");
	}

	@Test
	void aCaseReferenceInsideALongerWordIsNotFound() {
		assertThat(IdentifierDetector.find("The code AB12X is different.", List.of("AB12"))).isEmpty();
	}

	@Test
	void overlapsKeepTheStrongerKindAndFindingsComeInTextOrder() {
		List<Finding> findings = find("Jane goes to Oakfield Academy and was seen on 3 March 2024 by Sam.");
		assertThat(findings).extracting(Finding::kind)
			.containsExactly(IdentifierKind.NAME, IdentifierKind.SCHOOL, IdentifierKind.DATE, IdentifierKind.NAME);
		assertThat(findings).extracting(Finding::text)
			.containsExactly("Jane", "Oakfield Academy", "3 March 2024", "Sam");
	}

	@Test
	void anEmptyOrMissingTextHasNoFindings() {
		assertThat(find("")).isEmpty();
		assertThat(IdentifierDetector.find(null, List.of("X1"))).isEmpty();
	}

	@Test
	void theRedactionMarkIsNeverFound() {
		assertThat(find(IdentifierDetector.REDACTED + " said " + IdentifierDetector.REDACTED + ".")).isEmpty();
	}

	/** Any text: findings lie inside it, say what they cover, and never overlap. */
	@Property(tries = 500)
	void findingsAreOrderedDisjointAndTrueToTheText(@ForAll("sentences") String text) {
		List<Finding> findings = IdentifierDetector.find(text, List.of("REF-77"));
		int previousEnd = 0;
		for (Finding finding : findings) {
			assertThat(finding.start()).isGreaterThanOrEqualTo(previousEnd);
			assertThat(finding.end()).isGreaterThan(finding.start()).isLessThanOrEqualTo(text.length());
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
			previousEnd = finding.end();
		}
	}

	/** An identifier planted in ordinary text is always found, as its own kind. */
	@Property(tries = 500)
	void aPlantedIdentifierIsAlwaysFound(@ForAll("plain") String before, @ForAll("identifiers") Planted planted,
			@ForAll("plain") String after) {
		String text = before + " " + planted.text() + " " + after;
		assertThat(IdentifierDetector.find(text, List.of("REF-77"))).anySatisfy((finding) -> {
			assertThat(finding.kind()).isEqualTo(planted.kind());
			assertThat(finding.text()).isEqualTo(planted.text());
		});
	}

	record Planted(IdentifierKind kind, String text) {
	}

	@Provide
	Arbitrary<String> plain() {
		return Arbitraries
			.of("the worker listened", "it went on for weeks", "she felt ashamed", "messages came at night",
					"the plan was agreed", "nobody else knew")
			.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.map((parts) -> String.join(" and ", parts));
	}

	@Provide
	Arbitrary<Planted> identifiers() {
		Arbitrary<Planted> phones = Arbitraries.strings()
			.numeric()
			.ofLength(6)
			.map((digits) -> new Planted(IdentifierKind.PHONE, "07700 " + digits));
		Arbitrary<Planted> emails = Arbitraries.strings()
			.withCharRange('a', 'z')
			.ofMinLength(1)
			.ofMaxLength(10)
			.map((name) -> new Planted(IdentifierKind.EMAIL, name + "@example.org"));
		Arbitrary<Planted> dates = Combinators
			.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12),
					Arbitraries.integers().between(2000, 2030))
			.as((d, m, y) -> new Planted(IdentifierKind.DATE, d + "/" + m + "/" + y));
		Arbitrary<Planted> ages = Arbitraries.integers()
			.between(1, 25)
			.map((age) -> new Planted(IdentifierKind.AGE, "aged " + age));
		Arbitrary<Planted> names = Arbitraries.of("Jane", "Tyrone", "Aisha", "Callum")
			.map((name) -> new Planted(IdentifierKind.NAME, name));
		Arbitrary<Planted> references = Arbitraries.just(new Planted(IdentifierKind.CASE_REFERENCE, "REF-77"));
		return Arbitraries.oneOf(phones, emails, dates, ages, names, references);
	}

	@Provide
	Arbitrary<String> sentences() {
		return Arbitraries
			.oneOf(plain(), identifiers().map(Planted::text), Arbitraries.strings().ofMaxLength(80),
					Arbitraries.of("Mr Smith", "DY1 1HF", "St Mary's Primary", "3rd of March", ". Jane", "\n\nSam"))
			.list()
			.ofMaxSize(8)
			.map((parts) -> String.join(" ", parts));
	}

}
