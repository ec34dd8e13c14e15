import { SCHEMA_VERSION } from '../../registry/db/migrations';
import { countPeople } from '../../registry/people/repository';
import { getSettings, updateSettings } from '../../registry/settings';
import { APP_VERSION } from '../../registry/version';
import type { HandlersFor } from '../types';

export const systemHandlers: HandlersFor<'system'> = {
  'system.info': (_input, { registry }) => ({ appVersion: APP_VERSION, schemaVersion: SCHEMA_VERSION, dbPath: registry.path }),
  'system.stats': (_input, { registry }) => ({ people: countPeople(registry.db) }),
  'system.verify': (_input, { registry }) => registry.verify(),
};

export const settingsHandlers: HandlersFor<'settings'> = {
  'settings.get': (_input, { registry }) => getSettings(registry.db),
  'settings.update': (patch, { registry, actor }) => updateSettings(registry.db, patch, actor),
};
