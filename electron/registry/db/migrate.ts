// Applies numbered migrations, each in its own transaction that also sets user_version, so a
// crash leaves the schema at a whole version. A database newer than the code is refused.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import { createLogger } from '../log';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';

const log = createLogger('migrate');

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotNewer(version: number, supported = SCHEMA_VERSION): void {
  if (version > supported) {
    throw new ApiError(
      'DB_TOO_NEW',
      `此数据库由更新版本的程序创建（数据库版本 ${version}，本程序支持到 ${supported}），为免损坏数据已拒绝打开。请升级程序后再试。`,
      { version, supported },
    );
  }
}

/** Brings the schema up to `target` (default: the newest). Returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target = SCHEMA_VERSION): number[] {
  const current = schemaVersion(db);
  assertNotNewer(current, migrations[migrations.length - 1]?.version ?? 0);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      // PRAGMA takes no bound parameters; the version is our own integer constant.
      db.pragma(`user_version = ${Number(m.version)}`);
    })();
    log.info(`applied migration ${m.version} ${m.name}`);
    applied.push(m.version);
  }
  return applied;
}
