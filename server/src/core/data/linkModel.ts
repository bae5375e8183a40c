/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge', 'incrementOne', 'conceptCloseness', 'unsaidCloseness', 'storyEntities', 'ambiguityCloseness', 'oneNounUnknown'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 122 stories, 366 articles, 240633 comparable pairs, 5471 of them linked. */
  rank: { bias: -2.5457, weights: [1.6523, 0.5996, -0.2424, -0.4718, 0.8243, 0.4429, -0.1857, -0.9722, -1.0152, -0.1485, 0.4763, -1.4972, -0.2681, -0.2171, 1.297, -0.0453, -0.1753, -0.4425, 0.6512, 1.0308, -0.2748, -0.8171, -1.1961, -0.2227, 0.716, -0.1374, 0.556, 0.7909, -0.6457] },
  /** Fitted on the 30296 mutual best matches under rank. */
  accept: { bias: -3.7849, weights: [4.0126, 0.1453, -0.2186, -0.4987, 0.5643, 0.0929, -0.2614, -1.4809, -0.6195, -0.1837, 0.3066, -1.2067, -0.3544, -0.1581, 3.5647, -0.1228, -0.4911, -0.8489, 0.2196, 0.6689, 0.0458, -0.0682, -0.8522, -0.5298, 0.1542, -0.1646, 0.8123, 0.5546, -0.8634, 1.9875, 1.9015] },
  /** Leave-one-story-out F1 0.831 (one workspace) and 0.848 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
