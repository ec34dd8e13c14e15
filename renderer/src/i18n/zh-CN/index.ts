// The Chinese catalogue: the source language. Each program's strings live in their own file.
import { zhCNCore } from './core';
import { zhCNOrgan } from './organ';
import { zhCNStemcell } from './stemcell';

export const zhCN = {
  ...zhCNCore,
  ...zhCNStemcell,
  ...zhCNOrgan,
};

export type Catalogue = typeof zhCN;
