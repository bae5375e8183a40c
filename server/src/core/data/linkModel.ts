/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 7708 comparable pairs, 591 of them linked. */
  rank: { bias: -0.5845, weights: [1.1839, 0.9627, -0.3974, -0.6416, 1.6273, 0.1819, -0.1419, -1.625, -0.6692, -0.5148, 0.8883, -3.6906] },
  /** Fitted on the 1509 mutual best matches under rank. */
  accept: { bias: -2.3334, weights: [2.893, 0.0713, -0.088, -0.5143, 0.2667, -0.0852, -0.0954, -2.0687, 0.1953, -0.1877, 0.3268, -3.1884, 2.3047, 2.3242] },
  /** Best leave-one-story-out F1 (0.752) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
