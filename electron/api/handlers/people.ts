import { findDuplicates } from '../../registry/people/duplicates';
import { mergePeople } from '../../registry/people/merge';
import { createPerson, getPerson, listPeople, revealDocument, updatePerson } from '../../registry/people/repository';
import { searchPeople } from '../../registry/search/search';
import type { HandlersFor } from '../types';

export const peopleHandlers: HandlersFor<'people'> = {
  'people.list': (input, { registry }) => (input.query ? searchPeople(registry.db, { ...input, query: input.query }) : listPeople(registry.db, input)),
  'people.get': ({ id }, { registry }) => getPerson(registry.db, id),
  'people.create': (input, { registry, actor }) => createPerson(registry.db, input, actor),
  'people.update': (patch, { registry, actor }) => updatePerson(registry.db, patch, actor),
  'people.revealDocument': ({ id }, { registry, actor }) => ({ docNumber: revealDocument(registry.db, id, actor) }),
  'people.duplicates': ({ limit }, { registry }) => findDuplicates(registry.db, limit),
  'people.merge': ({ keepId, mergeId }, { registry, actor }) => mergePeople(registry.db, keepId, mergeId, actor),
};
