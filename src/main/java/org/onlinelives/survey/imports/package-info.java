/**
 * Import of earlier years' surveys from CSV or XLSX: each column mapped to a question of
 * a published survey, every row checked, the good rows written in one transaction.
 * Imported responses are stored exactly like live ones with no link (link_id is null,
 * which no live response has), so they hold no personal data and are told apart by that
 * alone.
 */
package org.onlinelives.survey.imports;
