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
  /** Fitted on dev: 32 stories, 96 articles, 7202 comparable pairs, 610 of them linked. */
  rank: { bias: -0.6697, weights: [1.222, 0.9545, -0.3366, -0.625, 1.6372, 0.2206, -0.1716, -1.6725, -0.6615, -0.4933, 0.9303, -3.7926] },
  /** Fitted on the 1489 mutual best matches under rank. */
  accept: { bias: -2.3498, weights: [2.8293, 0.1149, -0.019, -0.4861, 0.1936, -0.1118, -0.1225, -2.0077, 0.2149, -0.2091, 0.3062, -3.0873, 2.3595, 2.3392] },
  /** Best leave-one-story-out F1 (0.768) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
