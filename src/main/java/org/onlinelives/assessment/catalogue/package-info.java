/**
 * The assessment catalogue: the content the assessment shows, in the project's own words,
 * each item with a stable code and its source. Loaded from
 * {@code assessment/catalogue-v1.json}.
 */
package org.onlinelives.assessment.catalogue;
