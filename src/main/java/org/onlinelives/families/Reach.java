package org.onlinelives.families;

/**
 * Whether a service works in the partnership's area only or across the country.
 */
public enum Reach {

	LOCAL, NATIONAL

}
