/**
 * Demo data: the help directory and two advice packs for the demo profile's fictional
 * partnership.
 */
package org.onlinelives.families.demo;
