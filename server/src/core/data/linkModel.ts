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
  /** Fitted on dev: 32 stories, 96 articles, 10020 comparable pairs, 684 of them linked. */
  rank: { bias: -0.9656, weights: [1.1149, 1.0099, -0.4316, -0.61, 1.199, 0.4382, -0.344, -1.6012, -0.5803, -0.4604, 1.0567, -3.3967, -0.9752, -0.5011, 1.252, -0.0121, -0.4898, -0.6842] },
  /** Fitted on the 1798 mutual best matches under rank. */
  accept: { bias: -2.3562, weights: [2.5862, 0.1655, -0.0652, -0.7013, -0.1412, 0.0324, -0.3146, -2.1083, 0.1868, -0.2533, 0.126, -2.2388, -0.8682, -0.2326, 2.988, 0.2648, -1.1663, -1.2776, 2.8666, 2.3784] },
  /** Leave-one-story-out F1 0.824, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
