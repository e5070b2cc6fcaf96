/**
 * The help directory: entries, their review dates and owners, the list's filters, and the
 * signposting rule that matches entries to a case.
 */
package org.onlinelives.families.directory;
