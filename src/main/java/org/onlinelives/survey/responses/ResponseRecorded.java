package org.onlinelives.survey.responses;

import java.util.List;
import java.util.Map;

/**
 * A young person's answers were stored; the bitmap index adds them once the transaction
 * commits.
 */
public record ResponseRecorded(long surveyId, Long linkId, Map<String, List<String>> answers) {
}
