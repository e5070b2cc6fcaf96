/**
 * Self-audit pages: cycles, completing and submitting audits, QA, results.
 */
package org.onlinelives.selfaudit.web;
