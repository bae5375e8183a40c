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
  /** Fitted on dev: 38 stories, 114 articles, 13731 comparable pairs, 960 of them linked. */
  rank: { bias: -1.0903, weights: [1.2462, 1.0046, -0.2496, -0.6268, 1.1934, 0.4218, -0.4014, -1.4705, -0.5508, -0.3805, 0.9678, -3.5307, -0.9658, -0.393, 1.5149, -0.1048, -0.4489, -0.6394] },
  /** Fitted on the 2406 mutual best matches under rank. */
  accept: { bias: -2.4825, weights: [2.7843, 0.1443, -0.1212, -0.6737, -0.2973, -0.0089, -0.3374, -1.9153, 0.1763, -0.1466, 0.0761, -2.5385, -0.8138, -0.0868, 3.2347, 0.0676, -1.0325, -1.3528, 3.005, 2.5443] },
  /** Leave-one-story-out F1 0.821, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
