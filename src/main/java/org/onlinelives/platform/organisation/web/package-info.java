/**
 * Pages where administrators add and change agencies and teams and set partnership-wide
 * settings such as the second-factor policy.
 */
package org.onlinelives.platform.organisation.web;
