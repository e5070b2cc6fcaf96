/**
 * The append-only record of who did what and when: sign-ins, role changes, invitations,
 * record views, record changes and exports. Nothing in the application edits or deletes
 * it.
 */
@org.springframework.modulith.NamedInterface("accesslog")
package org.onlinelives.platform.accesslog;
