package org.onlinelives.families;

/**
 * Who a directory entry is for.
 */
public enum Audience {

	YOUNG_PEOPLE, PARENTS_AND_CARERS, PROFESSIONALS;

	/**
	 * Families can be pointed to it: it is for young people or for parents and carers.
	 */
	public boolean isForFamilies() {
		return this != PROFESSIONALS;
	}

}
