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
  /** Fitted on dev: 32 stories, 96 articles, 7179 comparable pairs, 604 of them linked. */
  rank: { bias: -0.669, weights: [1.2255, 0.9604, -0.3338, -0.625, 1.6291, 0.2171, -0.1719, -1.6746, -0.6605, -0.493, 0.9286, -3.7767] },
  /** Fitted on the 1482 mutual best matches under rank. */
  accept: { bias: -2.3563, weights: [2.8624, 0.0935, -0.0051, -0.4844, 0.1804, -0.1166, -0.115, -2.0019, 0.2188, -0.2035, 0.2966, -3.0762, 2.3282, 2.3797] },
  /** Best leave-one-story-out F1 (0.765) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
