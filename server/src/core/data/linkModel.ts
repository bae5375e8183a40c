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
  /** Fitted on dev: 32 stories, 96 articles, 7822 comparable pairs, 638 of them linked. */
  rank: { bias: -0.6057, weights: [1.2031, 0.9034, -0.3315, -0.6451, 1.6558, 0.0942, -0.1822, -1.6342, -0.6788, -0.5055, 0.9445, -3.762] },
  /** Fitted on the 1533 mutual best matches under rank. */
  accept: { bias: -2.2925, weights: [2.8595, 0.1125, -0.1646, -0.5764, 0.2032, -0.0526, -0.2188, -2.2531, 0.2133, -0.1674, 0.3353, -3.0814, 2.387, 2.3206] },
  /** Best leave-one-story-out F1 (0.791) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
