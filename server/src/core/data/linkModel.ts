/**
 * Weights of the claim-link models (links.ts), two logistic regressions. `rank` scores every pair of comparable
 * claims over the features of linkFeatures (LINK_FEATURES): a claim's best match in another document is the
 * claim it scores highest. `accept` decides whether a mutual best match is a link, over the same features, the
 * rank score and the margin by which each side's match beats its next best (ACCEPT_FEATURES). Written by
 * `node --import tsx scripts/trainLinkModel.ts` from the annotated dev stories of test/eval/corpus; do not edit by
 * hand, train again.
 */
export const LINK_FEATURES = ['story', 'sharedEntities', 'apartCountOrMoney', 'apartMeasureOrShare', 'closeness', 'sameNoun', 'otherNoun',
  'positionGap', 'ambiguity', 'sameQualifier', 'sameConcept'] as const;

export const ACCEPT_FEATURES = [...LINK_FEATURES, 'rankScore', 'margin'] as const;

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const LINK_MODEL: { rank: LogisticModel; accept: LogisticModel; threshold: number } = {
  /** Fitted on dev: 32 stories, 96 articles, 5884 comparable pairs, 566 of them linked. */
  rank: { bias: -2.6502, weights: [0.5445, 0.7464, -0.3394, -0.2977, 2.063, 0.3084, -0.2835, -0.7536, -0.5058, -0.1363, 0.6487] },
  /** Fitted on the 1271 mutual best matches under rank. */
  accept: { bias: -3.6437, weights: [1.4972, 0.4669, -0.203, -0.3401, 2.6176, 0.292, -0.3305, -0.9676, 0.0575, -0.1693, 0.5463, 1.3432, 1.085] },
  /** Best leave-one-story-out F1 (0.704) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
