// The English catalogue, typed as the Chinese one so a missing or extra key fails tsc.
import type { Catalogue } from '../zh-CN';
import { enBackups } from './backups';
import { enBlood } from './blood';
import { enAccounts } from './accounts';
import { enCore } from './core';
import { enOrgan } from './organ';
import { enImports } from './imports';
import { enExports } from './exports';
import { enOverview } from './overview';
import { enRules } from './rules';
import { enStemcell } from './stemcell';
import { enVault } from './vault';
import { enWristband } from './wristband';

export const en: Catalogue = {
  ...enCore,
  ...enAccounts,
  ...enBlood,
  ...enRules,
  ...enStemcell,
  ...enOrgan,
  ...enImports,
  ...enExports,
  ...enOverview,
  ...enWristband,
  ...enBackups,
  ...enVault,
};
