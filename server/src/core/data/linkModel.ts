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
  /** Fitted on dev: 92 stories, 276 articles, 121401 comparable pairs, 3716 of them linked. */
  rank: { bias: -2.1234, weights: [1.7847, 0.7714, -0.2039, -0.5609, 1.0417, 0.4125, -0.2255, -1.0809, -0.4122, -0.194, 0.9349, -1.823, -0.6178, -0.2957, 1.4259, -0.1054, -0.2347, -0.635, 0.6461, 1.0086, -0.3067, -0.9747, -1.5046, -0.1298] },
  /** Fitted on the 15290 mutual best matches under rank. */
  accept: { bias: -4.0162, weights: [4.2191, 0.323, -0.1877, -0.5594, 0.6663, 0.0364, -0.2076, -1.5646, -0.0242, -0.1807, 0.5018, -1.3107, -0.5149, -0.0841, 3.6986, -0.1514, -0.6081, -0.903, 0.1072, 0.5068, -0.0124, 0.0394, -0.8626, -0.5148, 2.2361, 1.9663] },
  /** Leave-one-story-out F1 0.807 (one workspace) and 0.830 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
