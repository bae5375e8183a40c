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
  /** Fitted on dev: 32 stories, 96 articles, 7822 comparable pairs, 638 of them linked. */
  rank: { bias: -0.5984, weights: [1.2033, 0.9008, -0.3317, -0.6467, 1.6596, 0.0981, -0.179, -1.634, -0.6793, -0.5036, 0.9257, -3.7601] },
  /** Fitted on the 1533 mutual best matches under rank. */
  accept: { bias: -2.2876, weights: [2.9021, 0.139, -0.1597, -0.5404, 0.1953, -0.042, -0.2116, -2.2094, 0.2003, -0.1851, 0.3083, -3.0717, 2.3888, 2.3333] },
  /** Best leave-one-story-out F1 (0.791) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
