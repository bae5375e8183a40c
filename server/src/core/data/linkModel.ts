/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 56 stories, 168 articles, 32521 comparable pairs, 1743 of them linked. */
  rank: { bias: -1.2828, weights: [1.4665, 0.8653, -0.4071, -0.645, 0.9542, 0.4299, -0.2597, -1.2407, -0.4672, -0.2636, 0.9278, -3.3861, -0.7652, -0.4635, 1.5254, -0.089, -0.245, -0.543] },
  /** Fitted on the 5358 mutual best matches under rank. */
  accept: { bias: -2.6859, weights: [3.2405, 0.1682, -0.0842, -0.6994, -0.2841, 0.008, -0.3117, -1.7272, 0.1386, -0.0906, 0.2029, -2.662, -0.4565, -0.151, 3.5691, -0.0284, -0.6949, -1.0488, 2.8881, 2.2631] },
  /** Leave-one-story-out F1 0.807, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
