/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 10112 comparable pairs, 654 of them linked. */
  rank: { bias: -0.7566, weights: [1.0513, 0.9693, -0.4132, -0.6103, 1.4116, 0.2361, -0.0741, -1.51, -0.5918, -0.5187, 1.0535, -3.47, -1.1234] },
  /** Fitted on the 1728 mutual best matches under rank. */
  accept: { bias: -2.2831, weights: [2.8844, 0.1659, -0.154, -0.6317, 0.3399, -0.0727, -0.2049, -2.2582, 0.1886, -0.2062, 0.2938, -3.1766, -0.9581, 2.4235, 2.382] },
  /** Best leave-one-story-out F1 (0.798) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
