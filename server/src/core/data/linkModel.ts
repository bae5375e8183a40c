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
  /** Fitted on dev: 104 stories, 312 articles, 150841 comparable pairs, 4360 of them linked. */
  rank: { bias: -2.2561, weights: [1.8286, 0.7662, -0.2276, -0.5693, 1.0275, 0.4384, -0.2911, -1.0499, -0.3809, -0.181, 0.9123, -1.8267, -0.5701, -0.29, 1.4682, -0.1126, -0.2105, -0.6119, 0.6649, 1.0167, -0.3276, -0.9926, -1.4788, -0.2182] },
  /** Fitted on the 22911 mutual best matches under rank. */
  accept: { bias: -3.9428, weights: [3.912, 0.3752, -0.2012, -0.521, 0.6683, 0.0576, -0.3117, -1.3724, -0.0406, -0.1827, 0.5177, -1.3368, -0.5222, -0.1227, 3.6171, -0.0855, -0.5244, -0.8371, 0.2039, 0.578, -0.0507, -0.0921, -0.9103, -0.4955, 2.1542, 1.9202] },
  /** Leave-one-story-out F1 0.815 (one workspace) and 0.834 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
