/**
 * Pages of the youth survey: administrators design and publish, young people answer
 * anonymously, administrators import earlier years' responses, administrators and
 * analysts read the figures.
 */
package org.onlinelives.survey.web;
