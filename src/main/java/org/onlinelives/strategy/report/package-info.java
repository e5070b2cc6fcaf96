/**
 * The board report: plan progress, audit results, training and code-of-conduct coverage
 * and case-data headlines, gathered through the other modules' published queries.
 */
package org.onlinelives.strategy.report;
