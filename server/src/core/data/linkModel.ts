/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge', 'incrementOne', 'conceptCloseness', 'unsaidCloseness', 'storyEntities', 'ambiguityCloseness', 'oneNounUnknown', 'softConcept', 'converted', 'compatible'] as const;

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
  /** Fitted on dev: 218 stories, 654 articles, 653380 comparable pairs, 10014 of them linked. */
  rank: { bias: -3.6252, weights: [1.7316, 0.5811, -0.2474, -0.3211, 0.6228, 0.4265, -0.0841, -0.8301, -0.702, -0.0185, 0.5416, -1.2969, -0.2154, -0.316, 1.1744, 0.0295, -0.1727, -0.1359, 0.4727, 0.9916, 0.0026, -0.4939, -0.9749, -0.1726, 0.6614, -0.1191, 0.5658, 0.6058, -0.4244, -0.3126, 0.0157, 0.8069] },
  /** Fitted on the 82439 mutual best matches under rank. */
  accept: { bias: -4.1585, weights: [4.2046, 0.2625, -0.261, -0.4507, 0.5248, 0.1685, -0.2401, -1.5623, -0.5126, -0.1508, 0.3413, -1.1339, -0.2484, -0.2953, 2.909, 0.124, -0.4441, -0.3723, 0.2357, 0.8461, 0.0851, -0.167, -0.874, -0.4205, 0.2664, -0.1243, 0.8299, 0.4943, -0.6018, -0.3477, -0.3673, 0.0476, 1.8309, 1.5369] },
  /** 6 folds of stories, F1 0.815 (one workspace, at 0.3) and 0.846 (workspaces of 6 stories, at 0.1): for each, the best among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  thresholds: [{ documents: 18, threshold: 0.1 }, { documents: 654, threshold: 0.3 }],
};
