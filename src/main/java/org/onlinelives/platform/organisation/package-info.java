/**
 * Partnerships (the tenant), their agencies and teams, and each agency's single point of
 * contact for online safety.
 */
@org.springframework.modulith.NamedInterface("organisation")
package org.onlinelives.platform.organisation;
