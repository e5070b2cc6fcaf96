/**
 * The base every module stands on: partnerships, agencies, teams and people; sign-in with
 * a second factor; scoping of every read and write; the append-only access log; page
 * layout and errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.onlinelives.platform;
