import Database from 'better-sqlite3';

const LIMIT = 500;

/** Prepared statements by SQL text: preparing is the expensive part of a small query. */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      // Plans embed table names and shapes; a bounded cache keeps odd ad-hoc queries from piling up.
      if (this.statements.size >= LIMIT) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
