package org.onlinelives.assessment.catalogue;

/**
 * A high-risk online scenario.
 *
 * @param code stable code
 * @param title what happened, in plain English
 * @param source where it comes from
 */
public record Scenario(String code, String title, Source source) {

}
