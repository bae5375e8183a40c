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
  /** Fitted on dev: 32 stories, 96 articles, 7801 comparable pairs, 634 of them linked. */
  rank: { bias: -0.601, weights: [1.2085, 0.8955, -0.3204, -0.6485, 1.6518, 0.0954, -0.1776, -1.6339, -0.6756, -0.5077, 0.925, -3.7518] },
  /** Fitted on the 1531 mutual best matches under rank. */
  accept: { bias: -2.2614, weights: [2.9159, 0.0556, -0.1208, -0.5605, 0.1966, -0.1134, -0.1887, -2.1624, 0.2085, -0.2182, 0.2997, -3.0385, 2.3503, 2.3228] },
  /** Best leave-one-story-out F1 (0.786) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
