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
  /** Fitted on dev: 92 stories, 276 articles, 121445 comparable pairs, 3718 of them linked. */
  rank: { bias: -2.1273, weights: [1.7883, 0.7715, -0.207, -0.5606, 1.0412, 0.4138, -0.2327, -1.0817, -0.4116, -0.1943, 0.9368, -1.8223, -0.6142, -0.2982, 1.4264, -0.1024, -0.2344, -0.646, 0.6395, 1.01, -0.3059, -0.974, -1.504, -0.1562] },
  /** Fitted on the 15308 mutual best matches under rank. */
  accept: { bias: -4.0085, weights: [4.2446, 0.3168, -0.1945, -0.5638, 0.6615, 0.0383, -0.2119, -1.5772, -0.0275, -0.1833, 0.5025, -1.2922, -0.5061, -0.0811, 3.6968, -0.1386, -0.5968, -0.915, 0.1052, 0.5191, -0.0121, 0.0345, -0.8586, -0.5059, 2.2362, 1.9565] },
  /** Leave-one-story-out F1 0.808 (one workspace) and 0.831 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
