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
  /** Fitted on dev: 86 stories, 258 articles, 102911 comparable pairs, 3333 of them linked. */
  rank: { bias: -2.0854, weights: [1.7958, 0.7343, -0.188, -0.5868, 1.0533, 0.3435, -0.2161, -1.0755, -0.4104, -0.2, 0.9536, -1.8331, -0.6591, -0.3391, 1.4742, -0.1012, -0.2571, -0.6995, 0.6792, 1, -0.3136, -0.9787, -1.523] },
  /** Fitted on the 13654 mutual best matches under rank. */
  accept: { bias: -4.016, weights: [4.2034, 0.2699, -0.1154, -0.6198, 0.6731, 0.0045, -0.2097, -1.6386, -0.0173, -0.1658, 0.4354, -1.3091, -0.5257, -0.1494, 3.7559, -0.1792, -0.6127, -0.9083, 0.0905, 0.497, 0.0738, 0.0413, -0.8757, 2.3256, 1.9721] },
  /** Leave-one-story-out F1 0.797 (one workspace) and 0.818 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
