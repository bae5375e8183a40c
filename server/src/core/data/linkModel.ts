/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 10325 comparable pairs, 666 of them linked. */
  rank: { bias: -0.8234, weights: [0.9504, 0.9669, -0.3937, -0.6025, 1.3295, 0.2301, -0.1577, -1.5007, -0.5987, -0.5402, 1.0072, -3.4263, -1.1265, -0.2295, 1.1987, -0.0425] },
  /** Fitted on the 1775 mutual best matches under rank. */
  accept: { bias: -2.3213, weights: [2.3218, 0.1937, -0.1375, -0.6351, 0.0955, -0.1143, -0.2361, -2.1281, 0.1516, -0.2894, 0.2623, -2.9115, -1.0622, -0.1727, 2.9375, 0.1205, 2.646, 2.159] },
  /** Best leave-one-story-out F1 (0.809) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.35,
};
