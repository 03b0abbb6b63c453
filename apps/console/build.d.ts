/** apps/console/build.js, a plain script so that `npm start` can run it before any compilation. */
export function buildConsole(): Promise<{ name: string; bytes: number; gzip: number }[]>;
export function buildConsoleIfStale(): Promise<{ name: string; bytes: number; gzip: number }[] | undefined>;
export function consoleIsFresh(): boolean;
export function consoleSources(): string[];
export const consoleDist: string;
