/**
 * The assessment rules: plain Java that turns what the practitioner recorded into flags
 * and procedure prompts, each with its reason and source. No Spring here.
 */
package org.onlinelives.assessment.rules;
