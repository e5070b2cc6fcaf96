package org.onlinelives.assessment.web;

/**
 * A case note: text only.
 *
 * @param text the note
 */
record NoteForm(String text) {

}
