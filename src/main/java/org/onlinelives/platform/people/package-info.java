/**
 * The people who use Online Lives: their roles, invitations, and the account state that
 * sign-in needs.
 */
@org.springframework.modulith.NamedInterface("people")
package org.onlinelives.platform.people;
