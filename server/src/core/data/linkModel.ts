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
  /** Fitted on dev: 20 stories, 60 articles, 2260 comparable pairs, 297 of them linked. */
  rank: { bias: -3.3035, weights: [0.129, 0.8111, -0.3558, -0.3386, 2.1664, 0.124, -0.2914, -0.8903, -0.5383, -0.1639, 0.7871, 0.4433, 0.3528] },
  /** Fitted on the 531 mutual best matches under rank. */
  accept: { bias: -4.448, weights: [0.4686, 0.4745, -0.0857, -0.5704, 2.4985, 0.0597, -0.1282, -0.8252, 0.0499, -0.264, 0.895, 0.5182, 0.5225, 1.4806, 1.0032] },
  /** Best leave-one-story-out F1 (0.760) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.45,
};
