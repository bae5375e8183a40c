/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'sharedFigures'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 10112 comparable pairs, 654 of them linked. */
  rank: { bias: -0.8283, weights: [0.9332, 0.9609, -0.4125, -0.604, 1.336, 0.2213, -0.0896, -1.4884, -0.6114, -0.5412, 1.0349, -3.4358, -1.1284, 1.1994] },
  /** Fitted on the 1727 mutual best matches under rank. */
  accept: { bias: -2.4231, weights: [2.2617, 0.1974, -0.1154, -0.6137, 0.0651, -0.0969, -0.2263, -2.1155, 0.1844, -0.2572, 0.3222, -2.9509, -0.9752, 2.845, 2.5539, 2.3171] },
  /** Best leave-one-story-out F1 (0.802) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
