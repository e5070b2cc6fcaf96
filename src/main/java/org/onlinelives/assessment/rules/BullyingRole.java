package org.onlinelives.assessment.rules;

/**
 * The young person's part in a bullying concern. A young person can be both.
 */
public enum BullyingRole {

	/** The young person was harmed by the bullying. */
	CHILD_HARMED,

	/** The young person harmed another child. */
	CHILD_WHO_HARMED

}
