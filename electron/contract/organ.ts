// Organ, cornea and body pledges as the API accepts and returns them. A pledge is kept as
// versions: changing it marks the version in force "changed" and adds the new one, so the
// history shows what was pledged when; revoking marks the version in force "revoked".
import { z } from 'zod';
import { method } from './spec';
import { contactPhone as phone, optionalNotes as optionalText, personName as name } from './fields';
import type { Sex } from './validation';
import { pastDate } from './validation/calendar';

/** What may be pledged; at least one. */
export const PLEDGE_KINDS = ['organs', 'tissues', 'corneas', 'body'] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];
export const PLEDGE_KIND_LABELS: Readonly<Record<PledgeKind, string>> = { organs: '器官', tissues: '组织', corneas: '眼角膜', body: '遗体' };

/** The organs a pledge may name; naming none means every organ that can help. */
export const ORGANS = ['heart', 'lung', 'liver', 'kidney', 'pancreas', 'intestine'] as const;
export type Organ = (typeof ORGANS)[number];
export const ORGAN_LABELS: Readonly<Record<Organ, string>> = { heart: '心脏', lung: '肺', liver: '肝脏', kidney: '肾脏', pancreas: '胰腺', intestine: '小肠' };

export const PLEDGE_STATUSES = ['active', 'changed', 'revoked'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export const PLEDGE_STATUS_LABELS: Readonly<Record<PledgeStatus, string>> = { active: '有效', changed: '已变更', revoked: '已撤销' };

/** Whose consent the family gives: the next of kin the 2024 regulation names. */
export const CONSENT_RELATIONS = ['spouse', 'adult_child', 'parent'] as const;
export type ConsentRelation = (typeof CONSENT_RELATIONS)[number];
export const CONSENT_RELATION_LABELS: Readonly<Record<ConsentRelation, string>> = { spouse: '配偶', adult_child: '成年子女', parent: '父母' };

export const EXECUTOR_RELATIONS = ['spouse', 'adult_child', 'parent', 'sibling', 'relative', 'friend', 'other'] as const;
export type ExecutorRelation = (typeof EXECUTOR_RELATIONS)[number];
export const EXECUTOR_RELATION_LABELS: Readonly<Record<ExecutorRelation, string>> = {
  spouse: '配偶',
  adult_child: '成年子女',
  parent: '父母',
  sibling: '兄弟姐妹',
  relative: '其他亲属',
  friend: '朋友',
  other: '其他',
};

export const MAX_FAMILY_CONSENTS = 10;
export const MAX_WITNESSES = 4;

export const FamilyConsentInput = z
  .object({ name: name('家属姓名'), relation: z.enum(CONSENT_RELATIONS, { error: '请选择家属关系' }), date: pastDate('同意日期') })
  .strict();
export const WitnessInput = z.object({ name: name('见证人姓名'), phone: phone('见证人电话') }).strict();
export const ExecutorInput = z
  .object({ name: name('执行人姓名'), relation: z.enum(EXECUTOR_RELATIONS, { error: '请选择执行人关系' }), phone: phone('执行人电话') })
  .strict();

/** What a pledge says, the same whether it is first made or changed. */
const pledgeContent = {
  kinds: z.array(z.enum(PLEDGE_KINDS)).min(1, '请至少选择一项捐献内容'),
  organs: z.array(z.enum(ORGANS)).default([]),
  cardNumber: z
    .string({ error: '请填写登记卡号' })
    .transform((raw) => raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
    .refine((card) => /^[A-Z0-9-]{4,30}$/.test(card), '登记卡号应为 4–30 位字母、数字或连字符'),
  familyConsents: z.array(FamilyConsentInput).max(MAX_FAMILY_CONSENTS, `家属同意最多 ${MAX_FAMILY_CONSENTS} 条`).default([]),
  witnesses: z.array(WitnessInput).max(MAX_WITNESSES, `见证人最多 ${MAX_WITNESSES} 位`).default([]),
  executor: ExecutorInput.optional(),
  notes: optionalText('备注', 2000),
};

type Content = {
  kinds: readonly PledgeKind[];
  organs: readonly Organ[];
  executor?: unknown;
};

/** The rules across fields: organs named only when organs are pledged; a body pledge names its executor. */
function checkContent<T extends Content>(content: T, ctx: z.core.$RefinementCtx): T {
  const kinds = [...new Set(content.kinds)];
  if (content.organs.length > 0 && !kinds.includes('organs')) {
    ctx.addIssue({ code: 'custom', path: ['organs'], message: '只有勾选“器官”时才能选择具体器官', params: { code: 'PLEDGE_ORGANS' } });
  }
  if (kinds.includes('body') && content.executor === undefined) {
    ctx.addIssue({ code: 'custom', path: ['executor'], message: '遗体捐献须指定执行人（姓名、关系、电话）', params: { code: 'PLEDGE_EXECUTOR' } });
  }
  if (!kinds.includes('body') && content.executor !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['executor'], message: '只有遗体捐献需要指定执行人', params: { code: 'PLEDGE_EXECUTOR_UNUSED' } });
  }
  return { ...content, kinds: PLEDGE_KINDS.filter((k) => kinds.includes(k)), organs: ORGANS.filter((o) => content.organs.includes(o)) };
}

export const PledgeInput = z
  .object({ personId: z.number().int().positive(), registeredOn: pastDate('登记日期'), ...pledgeContent })
  .strict()
  .transform(checkContent);
export type PledgeInput = z.input<typeof PledgeInput>;

export const PledgeChangeInput = z
  .object({ pledgeId: z.number().int().positive(), changedOn: pastDate('变更日期'), ...pledgeContent })
  .strict()
  .transform(checkContent);
export type PledgeChangeInput = z.input<typeof PledgeChangeInput>;

export const PledgeRevokeInput = z
  .object({ pledgeId: z.number().int().positive(), revokedOn: pastDate('撤销日期'), reason: optionalText('撤销原因', 500) })
  .strict();
export type PledgeRevokeInput = z.input<typeof PledgeRevokeInput>;

export interface FamilyConsent {
  readonly name: string;
  readonly relation: ConsentRelation;
  readonly date: string;
}

export interface Witness {
  readonly name: string;
  readonly phone: string;
}

export interface Executor {
  readonly name: string;
  readonly relation: ExecutorRelation;
  readonly phone: string;
}

export interface PledgeSummary {
  readonly id: number;
  readonly personId: number;
  readonly name: string;
  readonly sex: Sex | null;
  readonly birthDate: string | null;
  readonly status: PledgeStatus;
  readonly kinds: readonly PledgeKind[];
  /** Empty: every organ (when organs are pledged). */
  readonly organs: readonly Organ[];
  readonly cardNumber: string;
  /** The first registration of this pledge, kept across its changes. */
  readonly registeredOn: string;
  /** The day this version took effect: the registration, or the change that made it. */
  readonly effectiveOn: string;
  readonly revokedOn: string | null;
}

export interface PledgeVersion extends PledgeSummary {
  /** The version this one replaced; null for the first. */
  readonly previousId: number | null;
  readonly familyConsents: readonly FamilyConsent[];
  readonly witnesses: readonly Witness[];
  readonly executor: Executor | null;
  readonly revocationReason: string | null;
  readonly notes: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface PersonPledges {
  /** The version in force, or the revoked one when the latest pledge was revoked; null: never pledged. */
  readonly current: PledgeVersion | null;
  /** Every version, newest first. */
  readonly history: readonly PledgeVersion[];
}

export interface PledgePage {
  readonly rows: readonly PledgeSummary[];
  readonly total: number;
  readonly counts: Readonly<Record<PledgeStatus, number>>;
}

export const PledgeListInput = z
  .object({
    status: z.enum(PLEDGE_STATUSES).default('active'),
    kind: z.enum(PLEDGE_KINDS).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const organMethods = {
  'organ.list': method<PledgePage>()(PledgeListInput),
  'organ.get': method<PersonPledges>()(z.object({ personId: z.number().int().positive() }).strict()),
  'organ.pledge': method<PersonPledges>()(PledgeInput),
  'organ.change': method<PersonPledges>()(PledgeChangeInput),
  'organ.revoke': method<PersonPledges>()(PledgeRevokeInput),
} as const;
