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
  /** Fitted on dev: 32 stories, 96 articles, 7829 comparable pairs, 637 of them linked. */
  rank: { bias: -0.6116, weights: [1.1908, 0.9008, -0.3473, -0.6667, 1.6546, 0.0992, -0.1791, -1.6325, -0.6739, -0.5126, 0.9552, -3.7639] },
  /** Fitted on the 1534 mutual best matches under rank. */
  accept: { bias: -2.3052, weights: [2.8117, 0.112, -0.1848, -0.6214, 0.209, -0.0431, -0.2121, -2.2416, 0.2215, -0.1791, 0.3453, -3.0928, 2.3913, 2.343] },
  /** Best leave-one-story-out F1 (0.793) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
