// The Chinese catalogue: the source language. Each program's strings live in their own file.
import { zhCNBackups } from './backups';
import { zhCNBlood } from './blood';
import { zhCNAccounts } from './accounts';
import { zhCNCore } from './core';
import { zhCNOrgan } from './organ';
import { zhCNImports } from './imports';
import { zhCNExports } from './exports';
import { zhCNOverview } from './overview';
import { zhCNRules } from './rules';
import { zhCNStemcell } from './stemcell';
import { zhCNVault } from './vault';
import { zhCNWristband } from './wristband';

export const zhCN = {
  ...zhCNCore,
  ...zhCNAccounts,
  ...zhCNBlood,
  ...zhCNRules,
  ...zhCNStemcell,
  ...zhCNOrgan,
  ...zhCNImports,
  ...zhCNExports,
  ...zhCNOverview,
  ...zhCNWristband,
  ...zhCNBackups,
  ...zhCNVault,
};

export type Catalogue = typeof zhCN;
