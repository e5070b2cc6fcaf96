package org.onlinelives.casedata.casestudies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that may identify a young person, for the practitioner to redact: person
 * names, dates, UK phone numbers, emails, UK postcodes, school names, exact ages and the
 * young person's own case reference. Plain Java, no Spring.
 *
 * <p>
 * An aid, not a guarantee: names are found by a heuristic (a capitalised word that does
 * not start a sentence, or a common first name anywhere), so a name typed in lower case,
 * a nickname or a place described in words will be missed, and some ordinary words will
 * be found. The practitioner reads the text as well.
 */
public final class IdentifierDetector {

	/** What replaces a redacted identifier; it matches no pattern below. */
	public static final String REDACTED = "[removed]";

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

	private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

	private static final Pattern DATE = Pattern.compile(String.join("|",
			// 3/4/2024, 03-04-24, 3.4.2024
			"(?<![\\d/.-])\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?![\\d/-])",
			// 2024-04-03
			"(?<![\\d-])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d-])",
			// 3rd of March 2024, 3 Mar, 3 March, 2024
			"\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+\\d{4})?(?![A-Za-z])",
			// March 3rd, 2024
			"\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+\\d{4})?\\b",
			// March 2024
			"\\b" + MONTH + "\\s+\\d{4}\\b",
			// 3/4
			"(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])",
			// a year on its own
			"\\b(?:19|20)\\d{2}\\b"));

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern POSTCODE = Pattern.compile(
			"(?<![A-Za-z0-9])[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SCHOOL = Pattern.compile(
			"(?:(?:St\\.?|[A-Z][A-Za-z'’.-]*)\\s+){1,5}(?i:School|Academy|College|Primary|Infants|Juniors)(?![A-Za-z])");

	private static final Set<String> NOT_A_SCHOOL_NAME = Set.of("the", "a", "an", "at", "in", "to", "from", "his",
			"her", "their", "our", "my", "your", "this", "that", "local", "new", "same", "secondary", "high", "further",
			"sixth", "form", "special");

	private static final String NUMBER_WORD = "(?:twenty-one|twenty-two|twenty-three|twenty-four|twenty-five|one|two"
			+ "|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
			+ "|eighteen|nineteen|twenty)";

	private static final Pattern AGE = Pattern.compile(String.join("|",
			// 14 years old, 14-year-old, fourteen year old
			"\\b(?:\\d{1,2}|" + NUMBER_WORD + ")[\\s-]*(?:years?|yrs?)[\\s-]*old\\b",
			// aged 14, age 14, age: 14
			"\\bage(?:d|:)?\\s*:?\\s*(?:\\d{1,2}|" + NUMBER_WORD + ")\\b",
			// 14yo, 14 y/o, 14 yrs
			"\\b\\d{1,2}\\s*(?:yo|y/o|yrs?)(?![A-Za-z])",
			// her 14th birthday
			"\\b\\d{1,2}(?:st|nd|rd|th)\\s+birthday\\b"), Pattern.CASE_INSENSITIVE);

	private static final Pattern CAPITALISED = Pattern
		.compile("(?<![A-Za-z'’-])[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:['’-][A-Za-z][a-z]*)*");

	/** Capitalised words that are not names: calendar words, services, platforms. */
	private static final Set<String> NOT_NAMES = Set.of("i", "january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "mum", "dad", "nan", "gran", "grandma", "grandad", "mr", "mrs",
			"ms", "miss", "dr", "police", "internet", "online", "english", "british", "christmas", "easter", "ramadan",
			"eid", "diwali", "year", "snapchat", "instagram", "tiktok", "whatsapp", "youtube", "facebook", "discord",
			"roblox", "fortnite", "minecraft", "xbox", "playstation", "twitter", "telegram", "google", "kik", "omegle",
			"twitch", "reddit", "tumblr", "wink", "yubo", "onlyfans", "apple", "android", "iphone", "report", "remove",
			"prevent", "childline", "barnardo's", "nspcc", "early", "help", "social", "care", "children's", "services",
			"section", "lado", "ceop", "camhs", "asd", "adhd", "gp");

	/**
	 * Common first names in England and Wales, found even where they start a sentence. A
	 * short list on purpose: it catches the usual case, the capitalisation rule the rest.
	 */
	private static final Set<String> FIRST_NAMES = Set.of("olivia", "amelia", "isla", "ava", "mia", "ivy", "lily",
			"isabella", "rosie", "sophia", "grace", "freya", "willow", "florence", "emily", "ella", "poppy", "evie",
			"elsie", "charlotte", "evelyn", "sienna", "sofia", "daisy", "phoebe", "sophie", "chloe", "jessica", "ruby",
			"emma", "hannah", "lucy", "megan", "holly", "amy", "lauren", "katie", "ellie", "molly", "leah", "jade",
			"courtney", "shannon", "chantelle", "sarah", "laura", "rebecca", "zara", "aisha", "fatima", "maryam",
			"amira", "layla", "jasmine", "kayla", "tia", "selina", "sairah", "noah", "muhammad", "mohammed", "oliver",
			"george", "leo", "arthur", "oscar", "harry", "jack", "charlie", "jacob", "thomas", "henry", "william",
			"alfie", "theo", "freddie", "archie", "joshua", "alexander", "james", "ethan", "isaac", "max", "lucas",
			"finley", "logan", "mason", "riley", "tyler", "kai", "jayden", "callum", "connor", "liam", "kyle", "ryan",
			"daniel", "dylan", "lewis", "nathan", "jamie", "ben", "sam", "joe", "tom", "adam", "ali", "ahmed", "omar",
			"yusuf", "ibrahim", "hassan", "zain", "jordan", "reece", "aaron", "luke", "matthew", "michael", "david",
			"john", "paul", "mark", "chris", "steve", "gary", "dean", "wayne", "lee", "craig", "kevin", "jane", "anna",
			"susan", "karen", "julie", "claire", "kelly", "lisa", "nicola", "michelle", "tracey", "stacey", "gemma",
			"kirsty", "danielle", "natalie", "amber", "bethany", "paige", "abigail", "maisie", "erin", "niamh",
			"caitlin", "keira", "tyrone", "marcus", "jamal", "dwayne", "kieran", "declan", "brandon", "bradley");

	private IdentifierDetector() {
	}

	/**
	 * The possible identifiers in the text, in the order they appear, none overlapping.
	 * Where two overlap, the stronger kind wins (a case reference over an email over a
	 * phone number and so on, a name last), then the longer.
	 * @param text the text to check; null is empty
	 * @param knownIdentifiers the young person's own identifiers, found wherever they
	 * appear as a whole word, whatever the case
	 */
	public static List<Finding> find(String text, Collection<String> knownIdentifiers) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Finding> candidates = new ArrayList<>();
		for (String identifier : knownIdentifiers) {
			if (identifier != null && identifier.trim().length() >= 2) {
				add(candidates, IdentifierKind.CASE_REFERENCE,
						Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(identifier.trim()) + "(?![A-Za-z0-9])",
								Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
						text);
			}
		}
		add(candidates, IdentifierKind.EMAIL, EMAIL, text);
		addPhones(candidates, text);
		add(candidates, IdentifierKind.POSTCODE, POSTCODE, text);
		addSchools(candidates, text);
		add(candidates, IdentifierKind.DATE, DATE, text);
		add(candidates, IdentifierKind.AGE, AGE, text);
		addNames(candidates, text);
		candidates.sort(Comparator.comparingInt((Finding f) -> f.kind().ordinal())
			.thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed())
			.thenComparingInt(Finding::start));
		List<Finding> kept = new ArrayList<>();
		for (Finding candidate : candidates) {
			if (kept.stream().noneMatch(candidate::overlaps)) {
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt(Finding::start));
		return List.copyOf(kept);
	}

	private static void add(List<Finding> findings, IdentifierKind kind, Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			findings.add(new Finding(kind, matcher.start(), matcher.end(), matcher.group()));
		}
	}

	private static void addPhones(List<Finding> findings, String text) {
		Matcher matcher = PHONE.matcher(text);
		while (matcher.find()) {
			// "+44 (0)7700 …": the (0) is not dialled after +44
			String digits = matcher.group().replace("(0)", "").replaceAll("\\D", "");
			if (digits.startsWith("44")) {
				digits = "0" + digits.substring(2);
			}
			// UK numbers: 0 then 9 or 10 digits
			if (digits.startsWith("0") && (digits.length() == 10 || digits.length() == 11)) {
				findings.add(new Finding(IdentifierKind.PHONE, matcher.start(), matcher.end(), matcher.group()));
			}
		}
	}

	private static void addSchools(List<Finding> findings, String text) {
		Matcher matcher = SCHOOL.matcher(text);
		while (matcher.find()) {
			int start = matcher.start();
			String found = matcher.group();
			String[] words = found.split("\\s+");
			int skipped = 0;
			while (skipped < words.length - 1
					&& NOT_A_SCHOOL_NAME.contains(words[skipped].toLowerCase(Locale.UK).replace(".", ""))) {
				start = text.indexOf(words[skipped + 1], start + words[skipped].length());
				skipped++;
			}
			if (skipped < words.length - 1) {
				findings.add(
						new Finding(IdentifierKind.SCHOOL, start, matcher.end(), text.substring(start, matcher.end())));
			}
		}
	}

	private static void addNames(List<Finding> findings, String text) {
		Matcher matcher = CAPITALISED.matcher(text);
		int groupStart = -1;
		int groupEnd = -1;
		while (matcher.find()) {
			String word = matcher.group();
			String lower = word.toLowerCase(Locale.UK);
			boolean name = !NOT_NAMES.contains(lower)
					&& (FIRST_NAMES.contains(lower) || !startsSentence(text, matcher.start()));
			if (!name) {
				continue;
			}
			if (groupStart >= 0 && text.substring(groupEnd, matcher.start()).matches("[ \\t]")) {
				groupEnd = matcher.end();
				continue;
			}
			if (groupStart >= 0) {
				findings
					.add(new Finding(IdentifierKind.NAME, groupStart, groupEnd, text.substring(groupStart, groupEnd)));
			}
			groupStart = matcher.start();
			groupEnd = matcher.end();
		}
		if (groupStart >= 0) {
			findings.add(new Finding(IdentifierKind.NAME, groupStart, groupEnd, text.substring(groupStart, groupEnd)));
		}
	}

	/**
	 * Whether the word at this index starts a sentence: the text's start, or after a full
	 * stop, question or exclamation mark, colon or line break, with only spaces, quotes,
	 * brackets or a list bullet between.
	 */
	static boolean startsSentence(String text, int index) {
		int i = index - 1;
		while (i >= 0 && " \t\"'“‘([-*•".indexOf(text.charAt(i)) >= 0) {
			i--;
		}
		return i < 0 || ".!?:\n\r".indexOf(text.charAt(i)) >= 0;
	}

}
