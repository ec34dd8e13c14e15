// The Chinese catalogue: the source language. Each program's strings live in their own file.
import { zhCNBlood } from './blood';
import { zhCNCore } from './core';
import { zhCNOrgan } from './organ';
import { zhCNRules } from './rules';
import { zhCNStemcell } from './stemcell';

export const zhCN = {
  ...zhCNCore,
  ...zhCNBlood,
  ...zhCNRules,
  ...zhCNStemcell,
  ...zhCNOrgan,
};

export type Catalogue = typeof zhCN;
