/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'sharedDates', 'sharedFigures'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 20 stories, 60 articles, 1594 comparable pairs, 273 of them linked. */
  rank: { bias: -3.3196, weights: [0.1623, 0.8963, -0.4261, -0.3892, 2.493, 0.0801, -0.3605, -1.0676, -0.5185, -0.212, 0.7235, 0.4007, 0.3355] },
  /** Fitted on the 488 mutual best matches under rank. */
  accept: { bias: -4.4817, weights: [0.4538, 0.4754, -0.0114, -0.4809, 2.4474, -0.0527, -0.143, -0.7556, 0.0878, -0.3088, 0.8942, 0.4709, 0.4464, 1.6732, 1.3155] },
  /** Best leave-one-story-out F1 (0.736) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.45,
};
