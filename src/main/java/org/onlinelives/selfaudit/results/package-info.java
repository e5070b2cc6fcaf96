/**
 * Results of an audit as a reader sees them: section totals with RAG bands, strongest and
 * weakest statements, and the geometry of the accessible SVG charts.
 */
package org.onlinelives.selfaudit.results;
