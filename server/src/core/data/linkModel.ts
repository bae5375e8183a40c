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
  /** Fitted on dev: 32 stories, 96 articles, 5971 comparable pairs, 566 of them linked. */
  rank: { bias: -0.5833, weights: [1.1954, 1.0368, -0.4512, -0.583, 1.786, 0.2545, -0.1886, -1.7095, -0.695, -0.5523, 0.8646, -3.9062] },
  /** Fitted on the 1295 mutual best matches under rank. */
  accept: { bias: -2.2823, weights: [2.6795, -0.0041, -0.0935, -0.4563, 0.22, -0.0249, -0.0599, -2.0075, 0.1993, -0.2185, 0.2849, -3.0584, 2.2938, 2.4263] },
  /** Best leave-one-story-out F1 (0.729) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
