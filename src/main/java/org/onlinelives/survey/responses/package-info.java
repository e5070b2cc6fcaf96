/**
 * Anonymous responses: what a young person chose, with nothing that could tie it to them,
 * and the limits that stop one person or script filling a survey in many times.
 */
@org.springframework.modulith.NamedInterface("responses")
package org.onlinelives.survey.responses;
