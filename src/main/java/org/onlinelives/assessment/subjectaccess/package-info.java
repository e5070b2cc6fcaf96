/**
 * Subject access requests: everything held about one young person, gathered for their
 * agency lead to hand over as a PDF and a JSON file.
 */
package org.onlinelives.assessment.subjectaccess;
