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
  /** Fitted on dev: 98 stories, 294 articles, 139400 comparable pairs, 4051 of them linked. */
  rank: { bias: -2.2157, weights: [1.8514, 0.7638, -0.2231, -0.5576, 1.0267, 0.4301, -0.2689, -1.0535, -0.3944, -0.181, 0.9239, -1.8227, -0.5784, -0.3016, 1.4271, -0.1016, -0.2003, -0.6216, 0.6458, 1.0022, -0.3101, -0.9785, -1.4813, -0.1797] },
  /** Fitted on the 17811 mutual best matches under rank. */
  accept: { bias: -4.0636, weights: [4.3748, 0.3211, -0.2182, -0.5224, 0.6253, -0.0048, -0.2705, -1.5042, -0.0194, -0.1757, 0.4939, -1.2553, -0.4885, -0.0862, 3.7191, -0.1411, -0.515, -0.8918, 0.193, 0.5219, -0.0171, -0.0174, -0.8375, -0.4961, 2.266, 1.9136] },
  /** Leave-one-story-out F1 0.810 (one workspace) and 0.832 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
