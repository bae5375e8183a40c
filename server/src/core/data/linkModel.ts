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
  /** Fitted on dev: 32 stories, 96 articles, 7358 comparable pairs, 613 of them linked. */
  rank: { bias: -0.631, weights: [1.2308, 0.9574, -0.3307, -0.6366, 1.644, 0.1528, -0.1846, -1.6829, -0.6692, -0.5122, 0.9372, -3.7682] },
  /** Fitted on the 1506 mutual best matches under rank. */
  accept: { bias: -2.3194, weights: [2.8188, 0.1291, -0.0092, -0.5039, 0.2023, -0.1838, -0.1701, -2.0606, 0.2083, -0.2412, 0.3302, -3.0742, 2.3624, 2.3549] },
  /** Best leave-one-story-out F1 (0.772) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
