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
  /** Fitted on dev: 128 stories, 384 articles, 311320 comparable pairs, 5881 of them linked. */
  rank: { bias: -2.7221, weights: [1.5371, 0.6181, -0.2618, -0.4228, 0.7935, 0.4682, -0.1236, -0.9085, -0.9206, -0.1564, 0.5456, -1.4654, -0.1894, -0.3747, 1.1914, -0.007, -0.1289, -0.3177, 0.6455, 1.0581, -0.2446, -0.7989, -1.1487, -0.2287, 0.7347, -0.0712, 0.5471, 0.7555, -0.52, -0.3503] },
  /** Fitted on the 34184 mutual best matches under rank. */
  accept: { bias: -3.7878, weights: [4.1502, 0.1954, -0.2351, -0.4898, 0.586, 0.1173, -0.2797, -1.5492, -0.6318, -0.1885, 0.338, -1.2161, -0.3323, -0.3128, 3.5529, -0.0214, -0.4832, -0.7691, 0.2707, 0.7603, -0.0136, -0.1626, -0.8744, -0.569, 0.2011, -0.1447, 0.8376, 0.5719, -0.7555, -0.3653, 1.8459, 1.8035] },
  /** Leave-one-story-out F1 0.835 (one workspace) and 0.850 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it, for both. */
  thresholds: [{ documents: 18, threshold: 0.3 }, { documents: 384, threshold: 0.3 }],
};
