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
  /** Fitted on dev: 32 stories, 96 articles, 7748 comparable pairs, 632 of them linked. */
  rank: { bias: -0.6227, weights: [1.213, 0.9182, -0.3074, -0.6392, 1.6473, 0.1022, -0.1715, -1.6296, -0.6724, -0.5014, 0.9205, -3.7629] },
  /** Fitted on the 1532 mutual best matches under rank. */
  accept: { bias: -2.2902, weights: [2.9108, 0.0846, -0.1092, -0.5388, 0.2052, -0.1005, -0.1678, -2.1301, 0.2114, -0.2161, 0.2827, -3.063, 2.3617, 2.3249] },
  /** Best leave-one-story-out F1 (0.784) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
