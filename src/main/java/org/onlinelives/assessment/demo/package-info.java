/**
 * Demo data: fictional young people and assessments for the demo profile.
 */
package org.onlinelives.assessment.demo;
