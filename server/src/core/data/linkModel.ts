/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 10406 comparable pairs, 668 of them linked. */
  rank: { bias: -0.8225, weights: [0.949, 0.9463, -0.3815, -0.604, 1.3241, 0.2943, -0.1688, -1.4864, -0.6047, -0.5263, 1.0403, -3.424, -1.1163, -0.2138, 1.1865, -0.0453, -0.4526] },
  /** Fitted on the 1773 mutual best matches under rank. */
  accept: { bias: -2.3859, weights: [2.3364, 0.1888, -0.1366, -0.6617, 0.0261, 0.1384, -0.2892, -2.134, 0.1722, -0.2617, 0.3078, -2.8746, -1.0415, -0.148, 2.9593, 0.2207, -1.1654, 2.7109, 2.2964] },
  /** Best leave-one-story-out F1 (0.814) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
