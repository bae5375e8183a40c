/**
 * Weights of the claim-link model (links.ts): a logistic regression over the features of linkFeatures, in the
 * order of LINK_FEATURES. Written by `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories
 * of test/eval/corpus; do not edit by hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun', 'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept',
  'sharedDates', 'sharedFigures'] as const;

export const LINK_MODEL = {
  /** Fitted on dev: 20 stories, 60 articles, 1591 comparable pairs, 270 of them linked. */
  bias: -3.3235,
  weights: [0.1675, 0.9009, -0.4184, -0.3842, 2.4806, 0.0946, -0.35, -1.0952, -0.5104, -0.2218, 0.7221, 0.4004, 0.3317],
  /** Best leave-one-story-out F1 (0.696) among 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5. */
  threshold: 0.2,
};
