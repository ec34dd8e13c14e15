import { auditFacets, listAudit } from '../../registry/audit/log';
import type { HandlersFor } from '../types';

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.list': (input, { registry }) => listAudit(registry.db, input),
  'audit.facets': (_input, { registry }) => auditFacets(registry.db),
};
