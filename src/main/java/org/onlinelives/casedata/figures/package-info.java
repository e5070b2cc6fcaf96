/**
 * Counts over the de-identified facts: an agency's own (unsuppressed) and the
 * partnership's (under disclosure control), with chart geometry for the pages.
 */
package org.onlinelives.casedata.figures;
