/**
 * Pages for people: the list of staff and their roles, invitations, and accepting an
 * invitation.
 */
package org.onlinelives.platform.people.web;
