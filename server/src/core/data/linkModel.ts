/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept', 'valueGap', 'unsaid', 'otherConcept', 'sharedFigures', 'relatedConcept', 'sameQuantity', 'valueOnly', 'samePreciseValue'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 74 stories, 222 articles, 70735 comparable pairs, 2701 of them linked. */
  rank: { bias: -2.7735, weights: [2.0311, 0.8594, -0.2336, -0.6536, 1.7015, 0.3747, -0.2551, -1.3592, -0.3909, -0.1843, 0.9017, -2.688, -0.7143, -0.3363, 1.8206, -0.0625, -0.3142, -0.7482, 0.8161] },
  /** Fitted on the 10317 mutual best matches under rank. */
  accept: { bias: -4.1957, weights: [4.0322, 0.1675, -0.0605, -0.6276, 0.8451, -0.0688, -0.1154, -1.5185, 0.0358, -0.0938, 0.2314, -1.6675, -0.5276, -0.1073, 3.8828, -0.0217, -0.6885, -0.9948, -0.189, 3.0469, 2.2871] },
  /** Leave-one-story-out F1 0.787, the best among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 or within 0.005 of it. */
  threshold: 0.4,
};
