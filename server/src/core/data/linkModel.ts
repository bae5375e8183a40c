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
  /** Fitted on dev: 32 stories, 96 articles, 7746 comparable pairs, 627 of them linked. */
  rank: { bias: -0.6265, weights: [1.2051, 0.9261, -0.3258, -0.6354, 1.6387, 0.1165, -0.1627, -1.6304, -0.6692, -0.4994, 0.9148, -3.7538] },
  /** Fitted on the 1530 mutual best matches under rank. */
  accept: { bias: -2.2798, weights: [2.8951, 0.0992, -0.0896, -0.534, 0.2088, -0.1309, -0.1603, -2.1198, 0.21, -0.2163, 0.2773, -3.0565, 2.3316, 2.3351] },
  /** Best leave-one-story-out F1 (0.780) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
