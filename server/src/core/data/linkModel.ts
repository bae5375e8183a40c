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
  /** Fitted on dev: 32 stories, 96 articles, 10325 comparable pairs, 666 of them linked. */
  rank: { bias: -0.818, weights: [0.9465, 0.9597, -0.3928, -0.6074, 1.3291, 0.298, -0.1675, -1.4911, -0.6044, -0.5281, 1.0276, -3.4195, -1.1328, -0.2314, 1.1987, -0.0432, -0.4541] },
  /** Fitted on the 1774 mutual best matches under rank. */
  accept: { bias: -2.3717, weights: [2.2595, 0.1452, -0.1709, -0.6503, 0.0528, 0.1455, -0.2681, -2.0957, 0.1623, -0.2543, 0.2995, -2.8994, -1.034, -0.1949, 2.94, 0.1351, -1.1709, 2.7304, 2.3029] },
  /** Best leave-one-story-out F1 (0.813) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
