/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 80 stories, 240 articles, 82074 comparable pairs, 3011 of them linked. */
  rank: { bias: -2.8748, weights: [2.0053, 0.8216, -0.2304, -0.6447, 1.6806, 0.3816, -0.2476, -1.4013, -0.3596, -0.1644, 0.9186, -2.6645, -0.6761, -0.3201, 1.8424, -0.1117, -0.3046, -0.6667, 0.8677] },
  /** Fitted on the 12070 mutual best matches under rank. */
  accept: { bias: -4.2456, weights: [3.9178, 0.1402, -0.0774, -0.6081, 0.8481, -0.0172, -0.1301, -1.6094, 0.0687, -0.1078, 0.2692, -1.6649, -0.4614, -0.1121, 3.9489, -0.1319, -0.6835, -0.8538, -0.161, 2.9807, 2.3027] },
  /** Leave-one-story-out F1 0.791 (one workspace) and 0.813 (workspaces of 6 stories): the best mean among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.3,
};
