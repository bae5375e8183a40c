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
  /** Fitted on dev: 86 stories, 258 articles, 102876 comparable pairs, 3340 of them linked. */
  rank: { bias: -2.0956, weights: [1.7994, 0.7364, -0.1876, -0.5859, 1.054, 0.3496, -0.2185, -1.0759, -0.4102, -0.1997, 0.9608, -1.8342, -0.657, -0.3141, 1.4782, -0.0993, -0.2606, -0.7022, 0.6786, 1.0035, -0.3115, -0.9782, -1.5211] },
  /** Fitted on the 13662 mutual best matches under rank. */
  accept: { bias: -4.0209, weights: [4.1866, 0.2775, -0.126, -0.599, 0.6727, 0.0014, -0.2119, -1.6259, -0.0184, -0.161, 0.4458, -1.3082, -0.5252, -0.1349, 3.767, -0.174, -0.6181, -0.9096, 0.0872, 0.4913, 0.0695, 0.0479, -0.8762, 2.3284, 1.9789] },
  /** Leave-one-story-out F1 0.798 (one workspace) and 0.820 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
