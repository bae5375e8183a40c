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
  /** Fitted on dev: 68 stories, 204 articles, 54023 comparable pairs, 2380 of them linked. */
  rank: { bias: -1.4144, weights: [1.5269, 0.8719, -0.3236, -0.6926, 0.6923, 0.3508, -0.2616, -1.2321, -0.402, -0.222, 0.9113, -3.0835, -0.7529, -0.4712, 1.5022, -0.0718, -0.2157, -0.601, 0.8223] },
  /** Fitted on the 8845 mutual best matches under rank. */
  accept: { bias: -2.6737, weights: [3.5642, 0.2375, -0.0621, -0.6878, -0.3983, -0.0329, -0.2283, -1.6988, 0.0916, -0.0723, 0.2797, -2.4853, -0.5028, -0.172, 3.6637, -0.0109, -0.6591, -1.1294, 0.145, 2.7834, 2.0053] },
  /** Leave-one-story-out F1 0.790, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
