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
  /** Fitted on dev: 80 stories, 240 articles, 82390 comparable pairs, 3029 of them linked. */
  rank: { bias: -2.0836, weights: [1.8237, 0.7758, -0.1832, -0.5961, 1.0958, 0.3707, -0.2461, -1.1431, -0.3962, -0.1924, 0.9348, -1.8665, -0.6859, -0.3393, 1.4943, -0.1184, -0.2943, -0.7539, 0.6765, 0.9645, -0.3431, -1.0417, -1.5704] },
  /** Fitted on the 12125 mutual best matches under rank. */
  accept: { bias: -4.028, weights: [4.1272, 0.2932, -0.1033, -0.6131, 0.6475, 0.0093, -0.1829, -1.5826, -0.0141, -0.1436, 0.4159, -1.2904, -0.535, -0.1325, 3.7305, -0.1925, -0.6521, -0.8967, 0.0208, 0.4846, 0.1145, 0.0896, -0.842, 2.3793, 2.0004] },
  /** Leave-one-story-out F1 0.796 (one workspace) and 0.819 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
