/**
 * Versioned assessments: answers, the 10 Cs map, flags and prompts as recorded, prompt
 * answers and notes.
 */
package org.onlinelives.assessment.assessments;
