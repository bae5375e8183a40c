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
  /** Fitted on dev: 110 stories, 330 articles, 163762 comparable pairs, 4723 of them linked. */
  rank: { bias: -2.2897, weights: [1.8632, 0.761, -0.2306, -0.5788, 1.0271, 0.4358, -0.2681, -1.0631, -0.382, -0.1666, 0.8834, -1.8216, -0.5476, -0.296, 1.4725, -0.0963, -0.2094, -0.6168, 0.6784, 1.0335, -0.3441, -1.0006, -1.4711, -0.2186] },
  /** Fitted on the 24564 mutual best matches under rank. */
  accept: { bias: -3.9998, weights: [4.0061, 0.3797, -0.1973, -0.5313, 0.6667, 0.0778, -0.3048, -1.4128, -0.0388, -0.1758, 0.52, -1.3202, -0.4979, -0.1319, 3.565, -0.0514, -0.4816, -0.8403, 0.1788, 0.6083, -0.0607, -0.115, -0.889, -0.5175, 2.1637, 1.9432] },
  /** Leave-one-story-out F1 0.822 (one workspace) and 0.838 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
