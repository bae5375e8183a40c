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
  rank: { bias: -0.6484, weights: [1.2571, 1.0791, -0.4844, -0.5781, 1.7712, 0.413, -0.8028, -1.7683, -0.6841, -0.5324, 0.8164, -3.9158] },
  /** Fitted on the 1293 mutual best matches under rank. */
  accept: { bias: -2.3662, weights: [2.8158, -0.0235, -0.0908, -0.4553, 0.1664, -0.0104, -0.5672, -1.9777, 0.1999, -0.1638, 0.2877, -3.0214, 2.3716, 2.5182] },
  /** Best leave-one-story-out F1 (0.728) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
