/**
 * First run without default passwords: a one-time set-up link creates the first
 * partnership and its administrator. The demo profile loads a clearly fictional
 * partnership instead.
 */
package org.onlinelives.platform.setup;
