/**
 * A year's survey as designed and published: its questions, its fixed published form and
 * the links that let a school's young people answer it.
 */
package org.onlinelives.survey.design;
