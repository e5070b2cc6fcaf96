/**
 * The partnership's workforce (PRODUCT.md §7): the course catalogue, each person's
 * training and refreshers, coverage against the partnership's target, evaluations and
 * suggestions of topics; bulletins with read acknowledgements; and the professional code
 * of conduct.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.onlinelives.workforce;
