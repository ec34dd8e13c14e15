// Who goes into an organ-pledge batch: each person's newest pledge version when the registry
// above has not yet been sent that version in that state — a new pledge, a changed one (a new
// version), or a revocation (the same version, now revoked). A revocation is sent only to
// a registry that was told of the pledge: one made and revoked between two batches is not news.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  CONSENT_RELATION_LABELS,
  EXECUTOR_RELATION_LABELS,
  ORGAN_LABELS,
  PLEDGE_KIND_LABELS,
  type ConsentRelation,
  type Organ,
} from '../../../contract/organ';
import type { PledgeRow } from '../../organ/repository';
import { PERSON_COLUMNS, personValues, type PersonColumns } from './personValues';
import { IN_LIVE_BATCH, type Candidate, type Selection } from './selection';

/** The pledge as the organ program stores it (pl.*), with the person and whether it was sent. */
interface PledgeLine extends PersonColumns, Omit<PledgeRow, 'status'> {
  /** Superseded ('changed') versions are never selected. */
  status: 'active' | 'revoked';
  sent_before: number;
}

// A person's newest version is never 'changed': a change always adds the version after it.
const SQL = `SELECT pl.*, ${PERSON_COLUMNS}, ${IN_LIVE_BATCH('organ', 'pl.person_id')} AS sent_before
  FROM pledge pl JOIN person p ON p.id = pl.person_id
  WHERE pl.id = (SELECT max(id) FROM pledge WHERE person_id = pl.person_id)
    AND NOT EXISTS (SELECT 1 FROM export_batch_item i JOIN export_batch b ON b.id = i.batch_id
                    WHERE i.source_key = 'pledge:' || pl.id || ':' || pl.status AND b.kind = 'organ' AND b.status != 'reopened')
  ORDER BY pl.id`;

function kindsText(r: PledgeLine): string {
  const kinds = (['organs', 'tissues', 'corneas', 'body'] as const).filter((k) => r[k] === 1);
  return kinds.map((k) => PLEDGE_KIND_LABELS[k]).join('、');
}

function organsText(r: PledgeLine): string | null {
  if (r.organs !== 1) return null;
  const organs = JSON.parse(r.organ_list) as Organ[];
  return organs.length === 0 ? '全部可捐器官' : organs.map((o) => ORGAN_LABELS[o]).join('、');
}

export function selectOrgan(db: Database): Selection {
  const consents = db.prepare('SELECT name, relation, consented_on FROM pledge_family_consent WHERE pledge_id = ? ORDER BY position');
  const candidates: Candidate[] = [];
  for (const r of db.prepare(SQL).iterate() as IterableIterator<PledgeLine>) {
    const sentBefore = r.sent_before === 1;
    if (r.status === 'revoked' && !sentBefore) continue;
    const family = consents.all(r.id) as { name: string; relation: ConsentRelation; consented_on: string }[];
    candidates.push({
      personId: r.person_id,
      sourceKey: `pledge:${r.id}:${r.status}`,
      row: {
        ...personValues(r),
        change: r.status === 'revoked' ? '撤销' : sentBefore ? '变更' : '新登记',
        cardNumber: r.card_number,
        kinds: kindsText(r),
        organs: organsText(r),
        registeredOn: r.registered_on,
        effectiveOn: r.effective_on,
        familyConsents: family.map((f) => `${f.name}（${CONSENT_RELATION_LABELS[f.relation]}，${f.consented_on}）`).join('；') || null,
        executorName: r.executor_name,
        executorRelation: r.executor_relation === null ? null : EXECUTOR_RELATION_LABELS[r.executor_relation],
        executorPhone: r.executor_phone,
        revokedOn: r.revoked_on,
        revocationReason: r.revocation_reason,
      },
    });
  }
  return { candidates, notReady: [], summary: null };
}
