/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 5075 comparable pairs, 535 of them linked. */
  rank: { bias: -2.5173, weights: [0.4498, 0.7158, -0.3356, -0.3458, 2.0912, 0.3021, -0.2923, -0.7678, -0.5382, -0.1304, 0.6483] },
  /** Fitted on the 1067 mutual best matches under rank. */
  accept: { bias: -3.4823, weights: [1.3201, 0.4024, -0.1683, -0.3943, 2.6431, 0.2751, -0.2443, -0.9754, 0.0312, -0.1349, 0.5176, 1.364, 1.0895] },
  /** Best leave-one-story-out F1 (0.688) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.45,
};
