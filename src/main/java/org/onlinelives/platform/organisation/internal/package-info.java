/**
 * Platform's own storage of agencies. Not published: other modules read agencies through
 * {@link org.onlinelives.platform.organisation.AgencyDirectory}.
 */
package org.onlinelives.platform.organisation.internal;
