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
  /** Fitted on dev: 74 stories, 222 articles, 70072 comparable pairs, 2679 of them linked. */
  rank: { bias: -2.7709, weights: [2.0322, 0.8646, -0.2298, -0.6511, 1.6991, 0.3755, -0.2563, -1.3597, -0.3922, -0.1916, 0.9018, -2.6841, -0.7109, -0.3313, 1.8228, -0.062, -0.3178, -0.7493, 0.821] },
  /** Fitted on the 10268 mutual best matches under rank. */
  accept: { bias: -4.1901, weights: [4.0327, 0.1644, -0.0657, -0.6198, 0.8434, -0.0751, -0.1299, -1.5043, 0.0324, -0.0889, 0.2307, -1.667, -0.543, -0.1049, 3.8722, -0.0502, -0.6894, -0.9984, -0.1904, 3.0496, 2.2962] },
  /** Leave-one-story-out F1 0.782, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
