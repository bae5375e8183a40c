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
  /** Fitted on dev: 32 stories, 96 articles, 7800 comparable pairs, 637 of them linked. */
  rank: { bias: -0.5974, weights: [1.2099, 0.9002, -0.3247, -0.6463, 1.6573, 0.0985, -0.18, -1.6362, -0.6798, -0.5048, 0.9241, -3.7561] },
  /** Fitted on the 1530 mutual best matches under rank. */
  accept: { bias: -2.2811, weights: [2.9283, 0.1334, -0.1551, -0.5428, 0.1875, -0.0495, -0.2183, -2.2219, 0.1976, -0.1843, 0.3123, -3.0553, 2.3835, 2.3359] },
  /** Best leave-one-story-out F1 (0.791) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
