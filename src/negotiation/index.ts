// Negotiation: the protocol, offer extraction, manipulation guard and rule judge.
export * from './events.ts';
export * from './parseNumberWords.ts';
export * from './extractOfferMentions.ts';
export * from './extractOffer.ts';
export * from './finalDays.ts';
export * from './loadRecordedDialogues.ts';
export * from './evaluateOfferExtraction.ts';
export * from './formatOfferExtractionReport.ts';
export * from './detectManipulation.ts';
export * from './detectRefusal.ts';
export * from './offersConverged.ts';
export * from './createRuleJudge.ts';
export * from './guardCreditorOffer.ts';
export * from './protocolConfig.ts';
export * from './negotiate.ts';
export * from './runNegotiation.ts';
