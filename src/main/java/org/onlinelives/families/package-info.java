/**
 * Families and signposting (PRODUCT.md §8): the partnership's one help directory (local
 * contacts for procedure prompts, and helplines, services and guides for young people,
 * parents and carers), kept by administrators with review dates and owners, and advice
 * packs printed for a family or read on a public page.
 * <p>
 * Other modules read the directory only through
 * {@link org.onlinelives.families.HelpDirectory} and the value types beside it: the
 * assessment's procedure prompts show local contacts, and its signposting prompt shows
 * the entries that fit the case's Cs and the young person's age.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Families and signposting")
package org.onlinelives.families;
