/**
 * Platform's own storage of people. Not published: other modules read people through
 * {@link org.onlinelives.platform.people.PeopleDirectory}.
 */
package org.onlinelives.platform.people.internal;
