/** Injection tokens for the plain objects libs/domain hands to Nest. */
export const ENV = Symbol('termijnwacht.env');
export const POLICY = Symbol('termijnwacht.policy');
