package org.onlinelives.casedata.casestudies.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.Dismissal;
import org.onlinelives.casedata.casestudies.Finding;

/**
 * A text cut into plain pieces and possible identifiers, so the page can mark each
 * finding (with its number, not colour alone) without building HTML in Java.
 */
record Highlighted(List<Piece> pieces) {

	/**
	 * A piece of the text.
	 *
	 * @param text the text
	 * @param finding the numbered finding it is, or null for plain text
	 */
	record Piece(String text, Numbered finding) {
	}

	/**
	 * A finding with its number on the page and the author's dismissal, if any.
	 *
	 * @param number from 1, title first
	 * @param finding what was found
	 * @param dismissal the "not an identifier" record, or null
	 */
	record Numbered(int number, Finding finding, Dismissal dismissal) {

		public boolean resolved() {
			return this.dismissal != null;
		}

	}

	static Highlighted of(String text, List<Numbered> findings) {
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Numbered numbered : findings) {
			if (numbered.finding().start() > at) {
				pieces.add(new Piece(text.substring(at, numbered.finding().start()), null));
			}
			pieces.add(new Piece(numbered.finding().text(), numbered));
			at = numbered.finding().end();
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), null));
		}
		return new Highlighted(List.copyOf(pieces));
	}

	/** Numbers the findings of each text in turn, from 1. */
	static List<List<Numbered>> number(CaseStudy study, List<List<Finding>> texts) {
		List<List<Numbered>> numbered = new ArrayList<>();
		int number = 1;
		for (List<Finding> findings : texts) {
			List<Numbered> these = new ArrayList<>();
			for (Finding finding : findings) {
				these.add(new Numbered(number++, finding, study.dismissalOf(finding)));
			}
			numbered.add(these);
		}
		return numbered;
	}

}
