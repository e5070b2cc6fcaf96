package org.onlinelives.survey.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyDesign.Reached;
import org.onlinelives.survey.questionnaire.Question;

/**
 * A young person's visit to a survey link: the link reached by its code, the answers the
 * session holds for it, and the question asked on each page. An unknown code or question
 * number is 404.
 */
final class SurveyVisit {

	private SurveyVisit() {
	}

	static Reached reach(SurveyDesign design, String code) {
		return design.reach(code).orElseThrow(() -> new RecordNotFoundException("survey link", code));
	}

	/** The answers held for this link, or null if the visit did not start here. */
	static SurveyInProgress progress(HttpSession session, Reached reached) {
		Object value = session.getAttribute(SurveyInProgress.ATTRIBUTE);
		if (value instanceof SurveyInProgress progress && progress.code().equals(reached.link().getCode())) {
			return progress;
		}
		return null;
	}

	static Question questionAt(Reached reached, int number) {
		List<Question> questions = reached.survey().questions();
		if (number < 1 || number > questions.size()) {
			throw new RecordNotFoundException("survey question", number);
		}
		return questions.get(number - 1);
	}

}
