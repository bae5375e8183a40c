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
  /** Fitted on dev: 32 stories, 96 articles, 5884 comparable pairs, 566 of them linked. */
  rank: { bias: -0.577, weights: [0.4469, 0.6428, -0.2443, -0.3016, 0.876, 0.3044, -0.2919, -0.5957, -0.5748, -0.2535, 0.508, -1.7366] },
  /** Fitted on the 1287 mutual best matches under rank. */
  accept: { bias: -1.6769, weights: [1.245, 0.5363, -0.2888, -0.338, 0.9852, 0.3016, -0.4317, -0.9916, -0.0026, -0.2094, 0.4988, -1.8424, 1.1439, 1.1248] },
  /** Best leave-one-story-out F1 (0.718) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.45,
};
