/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 7341 comparable pairs, 608 of them linked. */
  rank: { bias: -0.6492, weights: [1.2074, 0.9565, -0.3329, -0.6288, 1.6337, 0.217, -0.1659, -1.6647, -0.6605, -0.5015, 0.915, -3.7709] },
  /** Fitted on the 1501 mutual best matches under rank. */
  accept: { bias: -2.3488, weights: [2.8165, 0.1229, -0.0147, -0.4881, 0.2164, -0.1039, -0.1196, -2.0283, 0.2143, -0.2114, 0.3125, -3.1249, 2.3378, 2.3308] },
  /** Best leave-one-story-out F1 (0.766) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
