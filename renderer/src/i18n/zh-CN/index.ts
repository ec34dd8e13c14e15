// The Chinese catalogue: the source language. Each program's strings live in their own file.
import { zhCNCore } from './core';

export const zhCN = {
  ...zhCNCore,
};

export type Catalogue = typeof zhCN;
