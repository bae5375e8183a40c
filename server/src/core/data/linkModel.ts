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
  /** Fitted on dev: 68 stories, 204 articles, 53958 comparable pairs, 2380 of them linked. */
  rank: { bias: -1.4122, weights: [1.5316, 0.8749, -0.324, -0.693, 0.6953, 0.3492, -0.2627, -1.2339, -0.4032, -0.2225, 0.9098, -3.0854, -0.7552, -0.4728, 1.4992, -0.0725, -0.216, -0.6019, 0.8221] },
  /** Fitted on the 8841 mutual best matches under rank. */
  accept: { bias: -2.6585, weights: [3.5679, 0.2301, -0.0582, -0.694, -0.3895, -0.0437, -0.2352, -1.6996, 0.0876, -0.0802, 0.2678, -2.4854, -0.5166, -0.181, 3.6706, -0.0183, -0.659, -1.136, 0.1391, 2.793, 2.0074] },
  /** Leave-one-story-out F1 0.791, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
