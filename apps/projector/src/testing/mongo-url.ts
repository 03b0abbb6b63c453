/** The URL with `database` as its path, the way the apps take the database name from MONGODB_URL. */
export function withDatabase(url: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`cannot add a database to ${url}`);
  return `${match[1]}/${database}${match[2] ?? ''}`;
}
