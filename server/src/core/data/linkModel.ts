/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 5974 comparable pairs, 566 of them linked. */
  rank: { bias: -2.646, weights: [0.5425, 0.7444, -0.3367, -0.2976, 2.0497, 0.3095, -0.2796, -0.7499, -0.5074, -0.1358, 0.6494] },
  /** Fitted on the 1283 mutual best matches under rank. */
  accept: { bias: -3.6372, weights: [1.4942, 0.4674, -0.2051, -0.3384, 2.6271, 0.2939, -0.3278, -0.975, 0.0517, -0.1742, 0.5464, 1.3329, 1.0746] },
  /** Best leave-one-story-out F1 (0.705) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
