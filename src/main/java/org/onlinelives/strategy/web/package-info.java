/**
 * Strategy pages: the plan and its actions, recommendations, escalations, the board
 * report and the points of contact.
 */
package org.onlinelives.strategy.web;
