/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 92 stories, 276 articles, 118849 comparable pairs, 3656 of them linked. */
  rank: { bias: -2.1075, weights: [1.7963, 0.7642, -0.2021, -0.5727, 1.0368, 0.3978, -0.2189, -1.0806, -0.4185, -0.1986, 0.9453, -1.8152, -0.6252, -0.2893, 1.4376, -0.0981, -0.2362, -0.654, 0.662, 1.0118, -0.2964, -0.9731, -1.4956] },
  /** Fitted on the 15123 mutual best matches under rank. */
  accept: { bias: -4.013, weights: [4.2076, 0.2975, -0.1299, -0.5743, 0.6655, -0.003, -0.219, -1.5839, -0.0282, -0.1795, 0.5077, -1.2991, -0.5205, -0.0745, 3.7165, -0.1937, -0.5742, -0.9377, 0.0983, 0.5451, 0.0094, 0.0084, -0.8601, 2.2869, 1.9394] },
  /** Leave-one-story-out F1 0.803 (one workspace) and 0.824 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
