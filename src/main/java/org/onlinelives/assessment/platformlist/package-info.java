/**
 * Each partnership's managed list of platforms and apps, the spellings recorded against
 * it, and the merging of variant spellings into the list's names (PRODUCT.md §5).
 */
package org.onlinelives.assessment.platformlist;
