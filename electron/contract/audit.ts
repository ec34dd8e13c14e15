// The audit log as the API shows it: who did what to which record, and what changed.
import { z } from 'zod';
import { method } from './spec';

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: number | null;
  readonly before: unknown;
  readonly after: unknown;
}

export const AuditListInput = z
  .object({
    action: z.string().max(60).optional(),
    entity: z.string().max(60).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export interface AuditPage {
  readonly rows: readonly AuditEntry[];
  readonly total: number;
}

export const auditMethods = {
  'audit.list': method<AuditPage>()(AuditListInput),
} as const;
