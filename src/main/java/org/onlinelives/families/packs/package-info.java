/**
 * Advice packs: a topic's short plain-English advice and the directory entries that help
 * with it, printed for a family or read on a public page.
 */
package org.onlinelives.families.packs;
