// The Chinese catalogue: the source language. Each program's strings live in their own file.
import { zhCNBlood } from './blood';
import { zhCNCore } from './core';
import { zhCNOrgan } from './organ';
import { zhCNImports } from './imports';
import { zhCNExports } from './exports';
import { zhCNOverview } from './overview';
import { zhCNRules } from './rules';
import { zhCNStemcell } from './stemcell';
import { zhCNWristband } from './wristband';

export const zhCN = {
  ...zhCNCore,
  ...zhCNBlood,
  ...zhCNRules,
  ...zhCNStemcell,
  ...zhCNOrgan,
  ...zhCNImports,
  ...zhCNExports,
  ...zhCNOverview,
  ...zhCNWristband,
};

export type Catalogue = typeof zhCN;
