// `sanxian wristband lookup CODE` and `sanxian wristband follow-up`: the band lookup and the
// visit list from a terminal (a duty phone at night, a script printing the week's visits).
// The code is read as the app reads it (case, full width, spaces) and its check character checked.
import { ApiError } from '../../contract/errors';
import { parseBandCode } from '../../contract/validation/bandCode';
import { GUARDIAN_RELATION_LABELS } from '../../contract/wristband';
import { FollowUpInput } from '../../contract/wristbandIncidents';
import { lookupBand } from '../../registry/wristband/bands';
import { followUp } from '../../registry/wristband/followUp';
import { CLI_ACTOR, emit, type GlobalOptions } from '../output';
import { withRegistry } from './registry';

/** Who the audit log names for a lookup run from the command line. */

export async function wristbandLookup(raw: string, options: GlobalOptions): Promise<void> {
  const code = parseBandCode(raw);
  if (!code.ok) throw new ApiError('INVALID_INPUT', code.message);
  const found = await withRegistry(options, ({ db }) => lookupBand(db, code.code, CLI_ACTOR));
  const { participant, band } = found;
  const lines = [
    `${band.code}  ${participant.name}  ${participant.village}${participant.grid ? ` ${participant.grid}` : ''}${found.outdated ? '（此手环已停用，请以在用手环为准）' : ''}`,
    ...found.guardians.map((g) => `  ${g.isBandContact ? '★' : ' '} ${g.name}（${GUARDIAN_RELATION_LABELS[g.relation]}）${g.phones.map((p) => p.phone).join('、')}`),
  ];
  emit(options, found, lines.join('\n'));
}

export async function wristbandFollowUp(options: GlobalOptions & { limit: number; offset: number }): Promise<void> {
  const input = FollowUpInput.parse({ offset: options.offset, limit: options.limit });
  const page = await withRegistry(options, ({ db }) => followUp(db, input));
  const reason = { band: '手环', phones: '电话' } as const;
  const lines = page.rows.map((r) => `${r.name}  ${r.village}${r.grid ? ` ${r.grid}` : ''}  ${r.bandCode ?? '无在用手环'}  需核查：${r.reasons.map((x) => reason[x]).join('、')}`);
  emit(options, page, [...lines, `${page.months} 个月未核查（${page.dueBefore} 之前）：共 ${page.total} 人`].join('\n'));
}
