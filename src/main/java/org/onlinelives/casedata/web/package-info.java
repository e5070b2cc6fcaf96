/**
 * Case data pages: the agency dashboard, partnership figures, exports and the rebuild
 * command.
 */
package org.onlinelives.casedata.web;
