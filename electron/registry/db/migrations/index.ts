// Every migration, in order. A new one is a new numbered file added at the end of this list.
import { migration0001 } from './0001-people';
import { migration0002 } from './0002-audit-settings';
import { migration0003 } from './0003-rules';
import { migration0004 } from './0004-people-details';
import { migration0005 } from './0005-search';
import { migration0006 } from './0006-blood';
import { migration0007 } from './0007-stemcell';
import { migration0008 } from './0008-organ';
import { migration0009 } from './0009-imports';
import { migration0010 } from './0010-exports';
import { migration0011 } from './0011-wristband';
import { migration0012 } from './0012-overview';
import { migration0013 } from './0013-accounts';
import { migration0014 } from './0014-vault';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
