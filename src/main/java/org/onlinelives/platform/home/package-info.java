/**
 * The home page, the accessibility statement and the privacy notice, with the platform's
 * own navigation links.
 */
package org.onlinelives.platform.home;
