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
  /** Fitted on dev: 140 stories, 420 articles, 358609 comparable pairs, 6468 of them linked. */
  rank: { bias: -2.7964, weights: [1.601, 0.6216, -0.288, -0.393, 0.78, 0.4611, -0.142, -0.9119, -0.8889, -0.1459, 0.5438, -1.4554, -0.1824, -0.3797, 1.1524, -0.006, -0.1471, -0.3082, 0.6226, 1.0537, -0.2157, -0.7754, -1.1406, -0.2213, 0.728, -0.0651, 0.5619, 0.7225, -0.5318, -0.3355] },
  /** Fitted on the 39174 mutual best matches under rank. */
  accept: { bias: -3.8297, weights: [4.3354, 0.1961, -0.2318, -0.4699, 0.588, 0.093, -0.3637, -1.6288, -0.5551, -0.1841, 0.3112, -1.2173, -0.3307, -0.3367, 3.2937, 0.0052, -0.4949, -0.7533, 0.229, 0.7294, 0.0125, -0.1751, -0.9038, -0.5646, 0.2067, -0.1546, 0.8588, 0.4849, -0.7531, -0.3734, 1.8689, 1.8365] },
  /** Leave-one-story-out F1 0.830 (one workspace, at 0.3) and 0.860 (workspaces of 6 stories, at 0.15): for each, the best among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  thresholds: [{ documents: 18, threshold: 0.15 }, { documents: 420, threshold: 0.3 }],
};
