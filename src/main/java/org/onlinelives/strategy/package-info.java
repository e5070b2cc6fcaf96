/**
 * The partnership's online-safety strategy (PRODUCT.md §10): its action plan under the
 * four strategic priorities, the recommendations it adopts, agencies' audit actions
 * escalated into it, the board report and each agency's single point of contact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership strategy")
package org.onlinelives.strategy;
