/**
 * Audit cycles, agencies' audits and their statements: the rules of scoring, submission,
 * QA and sign-off, and where they are stored.
 */
package org.onlinelives.selfaudit.audit;
