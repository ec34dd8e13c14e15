import { listRules, updateRule } from '../../registry/rules/repository';
import type { HandlersFor } from '../types';

export const rulesHandlers: HandlersFor<'rules'> = {
  'rules.list': ({ onDate }, { registry }) => listRules(registry.db, onDate),
  'rules.update': (change, { registry, actor }) => updateRule(registry.db, change, actor),
};
