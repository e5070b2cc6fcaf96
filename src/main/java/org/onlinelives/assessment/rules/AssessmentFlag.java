package org.onlinelives.assessment.rules;

import org.onlinelives.assessment.catalogue.Source;

/**
 * A flag raised by the rules.
 *
 * @param code which flag
 * @param reason why it was raised, naming the facts that raised it
 * @param source the seed and section the rule comes from
 */
public record AssessmentFlag(FlagCode code, String reason, Source source) {

}
