/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue', 'nearbyShared', 'gapSmall', 'gapMid', 'gapLarge', 'incrementOne', 'conceptCloseness', 'unsaidCloseness', 'storyEntities', 'ambiguityCloseness', 'oneNounUnknown', 'softConcept', 'converted'] as const;

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
  /** Fitted on dev: 206 stories, 618 articles, 610290 comparable pairs, 9404 of them linked. */
  rank: { bias: -3.0624, weights: [1.6676, 0.6045, -0.238, -0.333, 0.7207, 0.4386, -0.142, -0.8624, -0.7758, -0.1134, 0.5259, -1.3957, -0.1812, -0.3071, 1.2267, 0.0042, -0.1696, -0.163, 0.5957, 1.0183, -0.1559, -0.6935, -1.0641, -0.1806, 0.6888, -0.0749, 0.5462, 0.6674, -0.5174, -0.3323, 0.0548] },
  /** Fitted on the 74837 mutual best matches under rank. */
  accept: { bias: -4.0161, weights: [4.1449, 0.2455, -0.2251, -0.4295, 0.5526, 0.1617, -0.3379, -1.6285, -0.498, -0.1663, 0.316, -1.1515, -0.2508, -0.2905, 3.0916, 0.0977, -0.4613, -0.4644, 0.2754, 0.7963, 0.0345, -0.1969, -0.8937, -0.4293, 0.2643, -0.1089, 0.7664, 0.4814, -0.6852, -0.3402, -0.3454, 1.8548, 1.6329] },
  /** 6 folds of stories, F1 0.809 (one workspace, at 0.3) and 0.847 (workspaces of 6 stories, at 0.15): for each, the best among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  thresholds: [{ documents: 18, threshold: 0.15 }, { documents: 618, threshold: 0.3 }],
};
