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
  /** Fitted on dev: 98 stories, 294 articles, 139524 comparable pairs, 4054 of them linked. */
  rank: { bias: -2.2168, weights: [1.8508, 0.7628, -0.2235, -0.5582, 1.0268, 0.4296, -0.271, -1.0544, -0.3944, -0.1796, 0.9252, -1.8229, -0.5773, -0.3012, 1.4288, -0.1062, -0.2016, -0.6206, 0.6456, 1.0018, -0.3095, -0.9787, -1.4817, -0.186] },
  /** Fitted on the 17848 mutual best matches under rank. */
  accept: { bias: -4.062, weights: [4.3732, 0.3203, -0.2188, -0.5251, 0.6252, -0.0069, -0.2676, -1.5053, -0.0198, -0.1743, 0.4955, -1.2552, -0.49, -0.0861, 3.716, -0.1392, -0.5153, -0.8917, 0.192, 0.5236, -0.0159, -0.0169, -0.8376, -0.491, 2.2661, 1.9134] },
  /** Leave-one-story-out F1 0.811 (one workspace) and 0.833 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
