/**
 * The plan's actions and their rules (ratings, progress notes), the catalogue of
 * recommendations, adoptions and escalations, and the service that reads and changes
 * them.
 */
package org.onlinelives.strategy.plan;
