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
  /** Fitted on dev: 32 stories, 96 articles, 10030 comparable pairs, 684 of them linked. */
  rank: { bias: -0.9744, weights: [1.1398, 1.0232, -0.4287, -0.6279, 1.1916, 0.4402, -0.3391, -1.5961, -0.5796, -0.4615, 1.0517, -3.3953, -0.974, -0.5074, 1.2512, -0.0123, -0.4878, -0.692] },
  /** Fitted on the 1801 mutual best matches under rank. */
  accept: { bias: -2.3576, weights: [2.6404, 0.1586, -0.0665, -0.738, -0.1502, 0.0251, -0.3096, -2.0993, 0.1826, -0.2585, 0.1107, -2.2335, -0.8732, -0.2384, 2.9621, 0.2537, -1.1607, -1.2928, 2.8754, 2.3903] },
  /** Leave-one-story-out F1 0.822, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
