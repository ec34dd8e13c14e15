// The donation form's values and what they become for the registry: only the fields that
// belong to the chosen kind and outcome are sent, so a hidden field never travels along.
import type { Dayjs } from 'dayjs';
import type { DeferralReason, DonationInput, DonationKind, DonationOutcome } from '../../../../electron/contract/blood';

export interface DonationFormValues {
  readonly personId?: number;
  readonly date: Dayjs;
  readonly kind: DonationKind;
  readonly outcome: DonationOutcome;
  readonly volumeMl?: number;
  readonly units?: number;
  readonly deferralReason?: DeferralReason;
  readonly deferralNote?: string;
  readonly driveId?: number;
  readonly certificateNo?: string;
  readonly adverseReaction?: boolean;
  readonly physicianApproved?: boolean;
}

/** The form's top-level fields: where the registry's field errors can be shown. */
export const DONATION_FIELDS = ['personId', 'date', 'kind', 'outcome', 'volumeMl', 'units', 'deferralReason', 'deferralNote', 'driveId', 'certificateNo'] as const;

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function toDonationInput(v: DonationFormValues, overrideReason?: string): DonationInput {
  const donated = v.outcome === 'donated';
  return {
    personId: v.personId ?? 0,
    date: v.date.format('YYYY-MM-DD'),
    kind: v.kind,
    outcome: v.outcome,
    volumeMl: donated && v.kind === 'whole_blood' ? v.volumeMl : undefined,
    units: donated && v.kind === 'platelets' ? v.units : undefined,
    deferralReason: donated ? undefined : v.deferralReason,
    deferralNote: donated ? undefined : text(v.deferralNote),
    driveId: v.driveId,
    certificateNo: donated ? text(v.certificateNo) : undefined,
    adverseReaction: donated && (v.adverseReaction ?? false),
    physicianApproved: donated && v.kind === 'platelets' && (v.physicianApproved ?? false),
    overrideReason,
  };
}
