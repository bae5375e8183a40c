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

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 122 stories, 366 articles, 285613 comparable pairs, 5540 of them linked. */
  rank: { bias: -2.7122, weights: [1.5493, 0.6124, -0.2689, -0.4315, 0.798, 0.4779, -0.122, -0.9092, -0.9303, -0.1485, 0.5493, -1.4733, -0.1852, -0.3903, 1.2147, -0.0019, -0.1428, -0.3314, 0.6505, 1.0339, -0.2487, -0.7941, -1.1567, -0.2162, 0.7437, -0.0774, 0.5468, 0.7537, -0.5176, -0.3619] },
  /** Fitted on the 31854 mutual best matches under rank. */
  accept: { bias: -3.7923, weights: [4.1116, 0.1704, -0.2481, -0.5098, 0.5858, 0.1237, -0.2859, -1.512, -0.6138, -0.1725, 0.3551, -1.2176, -0.3391, -0.3029, 3.6077, -0.0118, -0.5058, -0.7791, 0.276, 0.7328, -0.0016, -0.1457, -0.8697, -0.5283, 0.2097, -0.163, 0.8313, 0.5427, -0.7962, -0.3692, 1.8468, 1.7716] },
  /** Leave-one-story-out F1 0.833 (one workspace) and 0.850 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
