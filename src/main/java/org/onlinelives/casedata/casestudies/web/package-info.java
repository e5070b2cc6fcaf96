/**
 * Case study pages: proposing and redacting a draft, the lead's and administrator's
 * decisions, and the partnership's library.
 */
package org.onlinelives.casedata.casestudies.web;
