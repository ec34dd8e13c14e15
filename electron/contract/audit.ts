// The audit log as the API shows it: who did what to which record, and what changed.
import { z } from 'zod';
import { method } from './spec';
import { EmptyInput } from './system';

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

/** An instant with its offset; stored the way the log writes `at` (UTC, toISOString), so they compare as text. */
const instant = z.iso
  .datetime({ offset: true, error: '时间格式应为 ISO 8601（如 2026-03-05T00:00:00+08:00）' })
  .transform((s) => new Date(s).toISOString());

export const AuditListInput = z
  .object({
    action: z.string().max(60).optional(),
    entity: z.string().max(60).optional(),
    entityId: z.number().int().positive().optional(),
    actor: z.string().max(60).optional(),
    /** From this instant on (inclusive). */
    from: instant.optional(),
    /** Up to this instant (exclusive). */
    to: instant.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export interface AuditPage {
  readonly rows: readonly AuditEntry[];
  readonly total: number;
}

/** The values the log's filters can take: every action, entity and actor that occurs in it. */
export interface AuditFacets {
  readonly actions: readonly string[];
  readonly entities: readonly string[];
  readonly actors: readonly string[];
}

export const auditMethods = {
  'audit.list': method<AuditPage>()(AuditListInput),
  'audit.facets': method<AuditFacets>()(EmptyInput),
} as const;
