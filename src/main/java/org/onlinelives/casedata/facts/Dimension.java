package org.onlinelives.casedata.facts;

/**
 * The multi-valued dimensions of a case fact, stored one row per value.
 */
public enum Dimension {

	C, SCENARIO, FACTOR, ADVERSITY, PLATFORM

}
