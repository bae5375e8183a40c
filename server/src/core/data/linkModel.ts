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
  /** Fitted on dev: 50 stories, 150 articles, 24490 comparable pairs, 1509 of them linked. */
  rank: { bias: -1.2008, weights: [1.3941, 0.9403, -0.4227, -0.618, 1.0668, 0.416, -0.2943, -1.3067, -0.4897, -0.3484, 0.918, -3.473, -0.7542, -0.4785, 1.5727, -0.098, -0.2653, -0.5488] },
  /** Fitted on the 4121 mutual best matches under rank. */
  accept: { bias: -2.5554, weights: [3.1228, 0.0842, -0.1275, -0.6686, -0.2696, -0.0483, -0.3374, -1.7145, 0.1126, -0.0928, 0.097, -2.5921, -0.5464, -0.1764, 3.6853, -0.0613, -0.7214, -1.084, 2.9075, 2.277] },
  /** Leave-one-story-out F1 0.809, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
