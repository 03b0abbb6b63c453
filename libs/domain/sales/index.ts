/** Sales: leads and scoring, pipelines, opportunities, FX rates, the lifecycle. Pure. */
export * from './lead';
export * from './pipeline';
export * from './opportunity';
export * from './fx';
export * from './scoring';
export * from './lifecycle';
export { type Money, parseMoney, minorDigits, toUnits, fromUnits, UNIT_SCALE } from './money/money';
export { parseDecimal, formatRatio, toScaled } from './money/decimal';
