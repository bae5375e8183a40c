/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 10112 comparable pairs, 654 of them linked. */
  rank: { bias: -0.8087, weights: [0.938, 0.9588, -0.4087, -0.6069, 1.3446, 0.2258, -0.0893, -1.4898, -0.6064, -0.5386, 0.9966, -3.4281, -1.148, -0.2169, 1.1993] },
  /** Fitted on the 1731 mutual best matches under rank. */
  accept: { bias: -2.3658, weights: [2.2875, 0.1942, -0.1022, -0.6269, 0.1057, -0.1083, -0.2402, -2.1248, 0.1675, -0.2763, 0.271, -2.9569, -1.0384, -0.1312, 2.8366, 2.6011, 2.2476] },
  /** Best leave-one-story-out F1 (0.804) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
