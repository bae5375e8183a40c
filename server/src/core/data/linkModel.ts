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
  /** Fitted on dev: 32 stories, 96 articles, 7572 comparable pairs, 627 of them linked. */
  rank: { bias: -0.6365, weights: [1.2107, 0.927, -0.2948, -0.6371, 1.6531, 0.1258, -0.1663, -1.6525, -0.6656, -0.4946, 0.9094, -3.7832] },
  /** Fitted on the 1519 mutual best matches under rank. */
  accept: { bias: -2.2874, weights: [2.879, 0.0985, -0.0823, -0.5144, 0.1907, -0.1226, -0.1444, -2.1204, 0.2205, -0.2132, 0.2602, -3.0377, 2.3526, 2.3502] },
  /** Best leave-one-story-out F1 (0.781) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
