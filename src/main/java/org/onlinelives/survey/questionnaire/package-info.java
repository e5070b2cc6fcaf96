/**
 * The question bank as data ({@code survey/question-bank-v1.json}): questions about the
 * young person, their online life, each high-risk scenario by C, and what helps.
 */
@org.springframework.modulith.NamedInterface("questionnaire")
package org.onlinelives.survey.questionnaire;
