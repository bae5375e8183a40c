/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 10374 comparable pairs, 667 of them linked. */
  rank: { bias: -0.8135, weights: [0.9471, 0.958, -0.3846, -0.6072, 1.3293, 0.2946, -0.1698, -1.4885, -0.6051, -0.5312, 1.0261, -3.4189, -1.1321, -0.2224, 1.1949, -0.0482, -0.4523] },
  /** Fitted on the 1776 mutual best matches under rank. */
  accept: { bias: -2.3689, weights: [2.2783, 0.1454, -0.1565, -0.6519, 0.0526, 0.1378, -0.289, -2.1039, 0.1615, -0.2568, 0.2982, -2.9, -1.0397, -0.2041, 2.9344, 0.2053, -1.1689, 2.7314, 2.302] },
  /** Best leave-one-story-out F1 (0.815) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
