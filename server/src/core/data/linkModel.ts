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
  /** Fitted on dev: 20 stories, 60 articles, 2258 comparable pairs, 298 of them linked. */
  rank: { bias: -3.2994, weights: [0.1277, 0.8353, -0.3574, -0.3413, 2.1581, 0.1125, -0.2874, -0.8952, -0.5379, -0.1758, 0.8024, 0.4418, 0.3571] },
  /** Fitted on the 530 mutual best matches under rank. */
  accept: { bias: -4.4555, weights: [0.4531, 0.4914, -0.0815, -0.577, 2.4564, 0.0394, -0.1483, -0.8245, 0.047, -0.2462, 0.9149, 0.5283, 0.5343, 1.4821, 1.0342] },
  /** Best leave-one-story-out F1 (0.762) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
