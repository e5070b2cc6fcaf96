/**
 * A person's own account: details, password and second factor.
 */
package org.onlinelives.platform.account;
