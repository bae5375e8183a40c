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
  /** Fitted on dev: 32 stories, 96 articles, 9951 comparable pairs, 684 of them linked. */
  rank: { bias: -0.9467, weights: [1.0904, 1.0002, -0.4121, -0.6169, 1.2166, 0.4272, -0.3276, -1.6041, -0.5822, -0.4736, 1.0688, -3.4037, -0.986, -0.5057, 1.2419, -0.0041, -0.4728, -0.6992] },
  /** Fitted on the 1780 mutual best matches under rank. */
  accept: { bias: -2.337, weights: [2.5211, 0.1595, -0.0476, -0.708, -0.1216, 0.0254, -0.2901, -2.1092, 0.1867, -0.277, 0.132, -2.2393, -0.8633, -0.2344, 2.9789, 0.2148, -1.1327, -1.3085, 2.8614, 2.3861] },
  /** Leave-one-story-out F1 0.826, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
