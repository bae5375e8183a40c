/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'sharedDates', 'sharedFigures'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 20 stories, 60 articles, 2219 comparable pairs, 294 of them linked. */
  rank: { bias: -3.3027, weights: [0.1328, 0.8137, -0.3591, -0.3375, 2.1819, 0.1273, -0.2918, -0.8929, -0.5423, -0.1702, 0.7788, 0.4472, 0.3491] },
  /** Fitted on the 525 mutual best matches under rank. */
  accept: { bias: -4.4412, weights: [0.4758, 0.4796, -0.0809, -0.5611, 2.5221, 0.0601, -0.1257, -0.8205, 0.0407, -0.2815, 0.8885, 0.5209, 0.5094, 1.492, 1.0042] },
  /** Best leave-one-story-out F1 (0.757) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.45,
};
