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
  /** Fitted on dev: 32 stories, 96 articles, 7728 comparable pairs, 591 of them linked. */
  rank: { bias: -0.5997, weights: [1.2278, 0.9897, -0.4291, -0.6238, 1.6159, 0.1815, -0.1388, -1.6155, -0.675, -0.5123, 0.887, -3.6877] },
  /** Fitted on the 1516 mutual best matches under rank. */
  accept: { bias: -2.3609, weights: [2.9337, 0.0742, -0.0874, -0.4986, 0.253, -0.0868, -0.108, -2.0296, 0.1929, -0.1833, 0.3211, -3.1884, 2.3184, 2.3367] },
  /** Best leave-one-story-out F1 (0.750) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
