import { changePledge, makePledge, revokePledge } from '../../registry/organ/pledges';
import { getPledges, listPledges } from '../../registry/organ/repository';
import type { HandlersFor } from '../types';

export const organHandlers: HandlersFor<'organ'> = {
  'organ.list': (input, { registry }) => listPledges(registry.db, input),
  'organ.get': ({ personId }, { registry }) => getPledges(registry.db, personId),
  'organ.pledge': (input, { registry, actor }) => makePledge(registry.db, input, actor),
  'organ.change': (input, { registry, actor }) => changePledge(registry.db, input, actor),
  'organ.revoke': (input, { registry, actor }) => revokePledge(registry.db, input, actor),
};
