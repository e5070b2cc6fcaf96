/**
 * Young people's minimal records and caseloads, visible only inside the holding agency.
 */
package org.onlinelives.assessment.youngpeople;
