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
  /** Fitted on dev: 32 stories, 96 articles, 7408 comparable pairs, 619 of them linked. */
  rank: { bias: -0.6219, weights: [1.2358, 0.9599, -0.3266, -0.6349, 1.6468, 0.1602, -0.1838, -1.6792, -0.672, -0.5158, 0.9233, -3.7644] },
  /** Fitted on the 1509 mutual best matches under rank. */
  accept: { bias: -2.3117, weights: [2.8421, 0.1213, -0.04, -0.5022, 0.2065, -0.1618, -0.1548, -2.0704, 0.2098, -0.2447, 0.2953, -3.075, 2.3543, 2.3683] },
  /** Best leave-one-story-out F1 (0.776) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
