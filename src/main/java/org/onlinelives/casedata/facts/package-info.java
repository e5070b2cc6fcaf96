/**
 * The de-identified fact rows: written only from the assessment module's events (or a
 * rebuild from its published query), never from its tables.
 */
package org.onlinelives.casedata.facts;
