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
  rank: { bias: -0.9759, weights: [1.1314, 1.032, -0.4409, -0.6404, 1.1912, 0.442, -0.3351, -1.589, -0.5804, -0.4634, 1.0478, -3.3961, -0.9741, -0.5058, 1.257, -0.0248, -0.486, -0.691] },
  /** Fitted on the 1800 mutual best matches under rank. */
  accept: { bias: -2.3667, weights: [2.6482, 0.1607, -0.0714, -0.7619, -0.1545, 0.0265, -0.2964, -2.07, 0.1803, -0.2585, 0.0972, -2.2332, -0.8794, -0.2353, 2.9929, 0.2101, -1.1628, -1.2951, 2.8771, 2.4009] },
  /** Leave-one-story-out F1 0.824, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
