/**
 * Anonymised case studies for training (issue 12 item 6): drafted from an assessment's
 * de-identified material, checked for identifiers, approved by the agency lead and the
 * partnership administrator, then shared in the partnership's library.
 */
package org.onlinelives.casedata.casestudies;
