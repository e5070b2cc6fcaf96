/**
 * Demo profile only: two audit cycles with scored, reviewed and signed-off audits for the
 * fictional demo partnership.
 */
package org.onlinelives.selfaudit.demo;
