package org.onlinelives.survey.analysis;

/**
 * A scenario's share in one category (a year group, a gender, a year, a school or group).
 */
public record CategoryShare(String category, String label, Share share) {
}
