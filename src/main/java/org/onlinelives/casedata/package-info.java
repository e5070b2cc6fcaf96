/**
 * Case data and anonymised partnership intelligence (PRODUCT.md §5, §6): de-identified
 * facts kept from the assessment module's events, agency dashboards and partnership
 * figures under disclosure control, and the agencies' data returns to the partnership.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case data")
package org.onlinelives.casedata;
