/**
 * Plain rules over audit scores: section and overall totals, RAG bands, strongest and
 * weakest statements, partnership averages with small-number suppression, proposed
 * actions.
 */
package org.onlinelives.selfaudit.scoring;
