/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge', 'incrementOne', 'conceptCloseness', 'unsaidCloseness', 'storyEntities', 'ambiguityCloseness'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 116 stories, 348 articles, 175218 comparable pairs, 5067 of them linked. */
  rank: { bias: -2.3297, weights: [1.7913, 0.5631, -0.2246, -0.5537, 0.8677, 0.3821, -0.275, -1.0364, -1.1283, -0.1635, 0.4014, -1.5544, -0.3742, -0.2443, 1.4589, -0.0909, -0.2258, -0.574, 0.6551, 1.018, -0.3256, -0.8411, -1.2402, -0.2123, 0.7081, -0.216, 0.5577, 0.8443] },
  /** Fitted on the 26230 mutual best matches under rank. */
  accept: { bias: -3.8768, weights: [3.9137, 0.1256, -0.2188, -0.5198, 0.5359, 0.0646, -0.2473, -1.4009, -0.6327, -0.171, 0.301, -1.1622, -0.3543, -0.1356, 3.6215, -0.1107, -0.4924, -0.8352, 0.1969, 0.6116, 0.1074, 0.04, -0.7955, -0.5225, 0.1344, -0.176, 0.8091, 0.5856, 2.1275, 1.9713] },
  /** Leave-one-story-out F1 0.829 (one workspace) and 0.847 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
