/**
 * The figures: prevalence of each scenario overall and by group, relative risks with 95 %
 * confidence intervals, breakdowns, year on year, small-count suppression and the plain
 * English summary of the largest gaps.
 */
@org.springframework.modulith.NamedInterface("analysis")
package org.onlinelives.survey.analysis;
