/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge', 'incrementOne'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 110 stories, 330 articles, 161924 comparable pairs, 4729 of them linked. */
  rank: { bias: -2.2794, weights: [1.8627, 0.7594, -0.2262, -0.5773, 1.0316, 0.4263, -0.2751, -1.065, -0.3865, -0.164, 0.8811, -1.828, -0.5215, -0.2976, 1.4886, -0.098, -0.222, -0.6241, 0.6847, 1.034, -0.3504, -1.0061, -1.474, -0.2231] },
  /** Fitted on the 24473 mutual best matches under rank. */
  accept: { bias: -4.0097, weights: [3.9958, 0.3742, -0.1993, -0.5245, 0.6631, 0.0703, -0.3099, -1.4074, -0.0375, -0.1686, 0.5256, -1.3175, -0.4712, -0.1323, 3.5849, -0.0479, -0.489, -0.8329, 0.1729, 0.5974, -0.0549, -0.1069, -0.8914, -0.5238, 2.1684, 1.9571] },
  /** Leave-one-story-out F1 0.824 (one workspace) and 0.841 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
