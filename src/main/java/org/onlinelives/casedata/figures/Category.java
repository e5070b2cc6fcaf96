package org.onlinelives.casedata.figures;

/**
 * One category of a breakdown.
 *
 * @param code what the facts hold
 * @param label what people read
 */
public record Category(String code, String label) {
}
