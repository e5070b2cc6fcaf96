/**
 * The in-memory index the analysis runs on: one compressed bitmap of respondents per
 * answer option, built from the stored responses and kept up to date as they arrive.
 */
@org.springframework.modulith.NamedInterface("engine")
package org.onlinelives.survey.engine;
