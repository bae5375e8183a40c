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
  /** Fitted on dev: 32 stories, 96 articles, 7663 comparable pairs, 589 of them linked. */
  rank: { bias: -0.6099, weights: [1.2082, 1.0758, -0.3794, -0.6414, 1.6, 0.1826, -0.1519, -1.5878, -0.6738, -0.5231, 0.8967, -3.6838] },
  /** Fitted on the 1513 mutual best matches under rank. */
  accept: { bias: -2.3125, weights: [2.8605, 0.0093, -0.0698, -0.5057, 0.2782, -0.0999, -0.0996, -1.9968, 0.1791, -0.189, 0.3334, -3.1955, 2.2654, 2.3492] },
  /** Best leave-one-story-out F1 (0.747) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
