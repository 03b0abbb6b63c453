/** Injection tokens of the ports; the composition root decides which adapter stands behind each. */
export const API_CONFIG = Symbol('API_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
/** Read-your-writes: the runner in-process, the projectors' checkpoints with Kafka. */
export const POSITION_TRACKER = Symbol('POSITION_TRACKER');
/** The log with personal fields still sealed: for everything that leaves the system. */
export const RAW_EVENT_STORE = Symbol('RAW_EVENT_STORE');
export const SUBJECT_KEYS = Symbol('SUBJECT_KEYS');
/** Positions as the read-model store holds them (the service worker waits on these). */
export const STORED_POSITIONS = Symbol('STORED_POSITIONS');
export const LEASE_STORE = Symbol('LEASE_STORE');
