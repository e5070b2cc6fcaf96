package org.onlinelives.casedata.figures;

/**
 * The dashboard's figures on H2.
 */
class CaseFiguresH2IntegrationTests extends CaseFiguresScenarios {

}
