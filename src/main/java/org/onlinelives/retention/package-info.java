/**
 * Retention (PRODUCT.md §11): how long each kind of record is kept, legal holds, the
 * daily deletion of what is due, and the list of what will be deleted soon. Modules that
 * hold records join in by implementing {@link org.onlinelives.retention.RetainedRecords}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention and legal hold")
package org.onlinelives.retention;
