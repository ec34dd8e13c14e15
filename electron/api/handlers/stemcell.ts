import { enroll, updateEnrollment } from '../../registry/stemcell/enrollment';
import { addSample, addTyping, changeStatus } from '../../registry/stemcell/pipeline';
import { getEnrollmentOfPerson, listEnrollments } from '../../registry/stemcell/repository';
import type { HandlersFor } from '../types';

export const stemcellHandlers: HandlersFor<'stemcell'> = {
  'stemcell.list': (input, { registry }) => listEnrollments(registry.db, input),
  'stemcell.get': ({ personId }, { registry }) => getEnrollmentOfPerson(registry.db, personId),
  'stemcell.enroll': (input, { registry, actor }) => enroll(registry.db, input, actor),
  'stemcell.update': (input, { registry, actor }) => updateEnrollment(registry.db, input, actor),
  'stemcell.changeStatus': (input, { registry, actor }) => changeStatus(registry.db, input, actor),
  'stemcell.addSample': (input, { registry, actor }) => addSample(registry.db, input, actor),
  'stemcell.addTyping': (input, { registry, actor }) => addTyping(registry.db, input, actor),
};
