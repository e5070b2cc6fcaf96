package org.onlinelives.assessment;

import java.util.List;

/**
 * An answer the assessment cannot accept: an unknown code, a value off its scale, text
 * over its limit. The aggregates (an assessment, a young person's record) throw it; the
 * pages and the API only translate it. Each refusal names the field by a stable path (the
 * API's JSON path, such as {@code offlineNotes} or {@code tenCs.CONTENT.strengths}), the
 * message key a page shows beside that field, and an explanation in words for the API and
 * the logs.
 */
public class InvalidAnswerException extends IllegalArgumentException {

	/**
	 * One broken rule.
	 *
	 * @param field the field's path
	 * @param messageKey the key of the message a page shows; null where no page can send
	 * the answer (a code not in the catalogue), so the explanation is shown
	 * @param explanation what is wrong, in words
	 */
	public record Refusal(String field, String messageKey, String explanation) {
	}

	private final transient List<Refusal> refusals;

	/** A refusal no page can cause, so it has no message key of its own. */
	public InvalidAnswerException(String field, String explanation) {
		this(field, null, explanation);
	}

	public InvalidAnswerException(String field, String messageKey, String explanation) {
		this(List.of(new Refusal(field, messageKey, explanation)));
	}

	public InvalidAnswerException(List<Refusal> refusals) {
		super(refusals.get(0).explanation());
		this.refusals = List.copyOf(refusals);
	}

	/** Throws every refusal in one exception, if there is any. */
	public static void throwIfAny(List<Refusal> refusals) {
		if (!refusals.isEmpty()) {
			throw new InvalidAnswerException(refusals);
		}
	}

	public List<Refusal> refusals() {
		return this.refusals;
	}

	/** The first refusal's field. */
	public String field() {
		return this.refusals.get(0).field();
	}

	/** The first refusal's message key, or null. */
	public String messageKey() {
		return this.refusals.get(0).messageKey();
	}

}
