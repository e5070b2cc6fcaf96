package org.onlinelives.survey.questionnaire;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease and Flesch–Kincaid grade of a short text, from counts of words,
 * sentences and syllables. Syllables are estimated from vowel groups, as most readability
 * tools do; a question is one sentence when it has no full stop.
 */
public final class Readability {

	private static final Pattern WORD = Pattern.compile("[A-Za-z']+|[0-9]+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private Readability() {
	}

	/** Scores of a text; reading age is the UK school age matching the US grade (+5). */
	public record Score(int words, int sentences, int syllables, double readingEase, double grade) {

		public long roundedEase() {
			return Math.round(this.readingEase);
		}

		public double roundedGrade() {
			return Math.round(this.grade * 10) / 10.0;
		}

		/** Approximate reading age in years. */
		public long readingAge() {
			return Math.max(5, Math.round(this.grade + 5));
		}

		/** About a 9-year-old's reading: grade 4 or below. */
		public boolean suitsAgeNine() {
			return this.grade <= 4.0;
		}

	}

	public static Score of(String text) {
		int words = 0;
		int syllables = 0;
		Matcher matcher = WORD.matcher(text == null ? "" : text);
		while (matcher.find()) {
			words++;
			syllables += syllables(matcher.group());
		}
		int sentences = 0;
		Matcher ends = SENTENCE_END.matcher(text == null ? "" : text.strip());
		while (ends.find()) {
			sentences++;
		}
		sentences = Math.max(1, sentences);
		if (words == 0) {
			return new Score(0, sentences, 0, 100, 0);
		}
		double wordsPerSentence = (double) words / sentences;
		double syllablesPerWord = (double) syllables / words;
		double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
		double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
		return new Score(words, sentences, syllables, ease, grade);
	}

	static int syllables(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace("'", "");
		if (lower.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		if (lower.length() <= 3) {
			return 1;
		}
		// a silent final e ("like", "safe") is not a syllable, but "-le" after a
		// consonant is
		if (lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee")) {
			lower = lower.substring(0, lower.length() - 1);
		}
		else if (lower.endsWith("es") || lower.endsWith("ed")) {
			if (!lower.endsWith("ted") && !lower.endsWith("ded")) {
				lower = lower.substring(0, lower.length() - 2);
			}
		}
		int count = 0;
		Matcher groups = VOWEL_GROUP.matcher(lower);
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}
