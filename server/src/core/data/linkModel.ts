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
  /** Fitted on dev: 32 stories, 96 articles, 7404 comparable pairs, 615 of them linked. */
  rank: { bias: -0.6285, weights: [1.2326, 0.9636, -0.3208, -0.635, 1.6415, 0.1544, -0.1831, -1.6783, -0.6684, -0.5183, 0.93, -3.7616] },
  /** Fitted on the 1505 mutual best matches under rank. */
  accept: { bias: -2.3136, weights: [2.8407, 0.1261, -0.0324, -0.5034, 0.204, -0.1647, -0.1523, -2.0717, 0.2124, -0.2489, 0.305, -3.0701, 2.3457, 2.3641] },
  /** Best leave-one-story-out F1 (0.772) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
