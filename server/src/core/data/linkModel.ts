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
  /** Fitted on dev: 32 stories, 96 articles, 5238 comparable pairs, 540 of them linked. */
  rank: { bias: -2.5843, weights: [0.5345, 0.7666, -0.2945, -0.3233, 2.0655, 0.2936, -0.3159, -0.7712, -0.5193, -0.1707, 0.6376] },
  /** Fitted on the 1118 mutual best matches under rank. */
  accept: { bias: -3.5557, weights: [1.4797, 0.4673, -0.1334, -0.3612, 2.578, 0.2542, -0.3148, -0.9814, 0.0497, -0.1865, 0.4869, 1.3829, 1.1426] },
  /** Best leave-one-story-out F1 (0.687) among 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6. */
  threshold: 0.4,
};
