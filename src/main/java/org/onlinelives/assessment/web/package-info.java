/**
 * Pages of the assessment: caseload, young person, each step, summary, prompts, notes,
 * PDF report and API tokens.
 */
package org.onlinelives.assessment.web;
