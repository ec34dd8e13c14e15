import { createPerson, getPerson, listPeople, revealDocument } from '../../registry/people/repository';
import type { HandlersFor } from '../types';

export const peopleHandlers: HandlersFor<'people'> = {
  'people.list': (input, { registry }) => listPeople(registry.db, input),
  'people.get': ({ id }, { registry }) => getPerson(registry.db, id),
  'people.create': (input, { registry, actor }) => createPerson(registry.db, input, actor),
  'people.revealDocument': ({ id }, { registry, actor }) => ({ docNumber: revealDocument(registry.db, id, actor) }),
};
