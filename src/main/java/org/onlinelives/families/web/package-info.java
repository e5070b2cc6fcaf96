/**
 * Pages of the help directory and advice packs, the public page of a pack, its PDF, the
 * navigation link and the home-page panel of reviews due.
 */
package org.onlinelives.families.web;
