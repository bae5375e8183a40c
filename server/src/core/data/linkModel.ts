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
  /** Fitted on dev: 158 stories, 474 articles, 431783 comparable pairs, 7190 of them linked. */
  rank: { bias: -2.9485, weights: [1.6308, 0.6335, -0.276, -0.3574, 0.7545, 0.4648, -0.1241, -0.8771, -0.8427, -0.1237, 0.5548, -1.4284, -0.1623, -0.35, 1.1606, -0.0026, -0.1609, -0.2831, 0.581, 1.0559, -0.1648, -0.7465, -1.1079, -0.1986, 0.7312, -0.0511, 0.5711, 0.694, -0.571, -0.3156] },
  /** Fitted on the 48013 mutual best matches under rank. */
  accept: { bias: -3.9293, weights: [4.374, 0.2179, -0.2113, -0.4665, 0.5845, 0.1183, -0.3307, -1.6007, -0.5427, -0.1872, 0.3162, -1.2067, -0.2854, -0.3189, 3.1901, 0.0562, -0.4942, -0.7385, 0.2063, 0.7899, -0.0029, -0.2086, -0.9083, -0.5011, 0.2422, -0.121, 0.831, 0.4956, -0.7705, -0.3826, 1.8695, 1.7208] },
  /** Leave-one-story-out F1 0.822 (one workspace, at 0.3) and 0.852 (workspaces of 6 stories, at 0.15): for each, the best among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  thresholds: [{ documents: 18, threshold: 0.15 }, { documents: 474, threshold: 0.3 }],
};
