/** Injection tokens of the ports; the composition root decides which adapter stands behind each. */
export const API_CONFIG = Symbol('API_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
