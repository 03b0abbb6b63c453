import { createRequire } from 'node:module';

export interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  requests?: { setupRequest: (request: Record<string, unknown>) => Record<string, unknown> }[];
}

export interface LoadResult {
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requests: { total: number };
  latency: { p50: number; p99: number };
  statusCodeStats?: Record<string, { count: number }>;
}

// autocannon ships no type declarations; this is the slice of its API the benches use.
export const autocannon = createRequire(__filename)('autocannon') as (options: Load & { connections: number; duration: number }) => Promise<LoadResult>;
