/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge', 'incrementOne', 'conceptCloseness', 'unsaidCloseness', 'storyEntities', 'ambiguityCloseness', 'oneNounUnknown', 'softConcept'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

/**
 * The acceptance threshold for workspaces of about `documents` articles. Fewer stories compete in a small workspace,
 * and a lower threshold there finds more links for few false ones; between two entries the threshold goes with the
 * logarithm of the number of articles (acceptanceThreshold, links.ts).
 */
export interface AcceptanceThreshold {
  documents: number;
  threshold: number;
}

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; thresholds: AcceptanceThreshold[] } = {
  /** Fitted on dev: 194 stories, 582 articles, 537511 comparable pairs, 8633 of them linked. */
  rank: { bias: -2.9948, weights: [1.691, 0.611, -0.2688, -0.3332, 0.7371, 0.4287, -0.1367, -0.8808, -0.8053, -0.1274, 0.531, -1.4231, -0.1873, -0.3162, 1.2308, -0.0017, -0.1831, -0.1845, 0.5941, 1.0401, -0.1426, -0.7012, -1.0944, -0.1934, 0.6929, -0.0763, 0.5601, 0.6664, -0.5001, -0.3401] },
  /** Fitted on the 66740 mutual best matches under rank. */
  accept: { bias: -3.9884, weights: [4.2169, 0.2245, -0.2424, -0.4477, 0.5589, 0.1262, -0.339, -1.6162, -0.5184, -0.1534, 0.3161, -1.18, -0.2737, -0.3152, 3.123, 0.0751, -0.4834, -0.5201, 0.2247, 0.7981, 0.0316, -0.2022, -0.8889, -0.4529, 0.2341, -0.1253, 0.7727, 0.4946, -0.6968, -0.3526, 1.9048, 1.6497] },
  /** 6 folds of stories, F1 0.810 (one workspace, at 0.3) and 0.848 (workspaces of 6 stories, at 0.15): for each, the best among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  thresholds: [{ documents: 18, threshold: 0.15 }, { documents: 582, threshold: 0.3 }],
};
