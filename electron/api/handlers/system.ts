import { SCHEMA_VERSION } from '../../registry/db/migrations';
import { getSettings, updateSettings } from '../../registry/settings';
import { registryStats } from '../../registry/stats';
import { APP_VERSION } from '../../registry/version';
import type { HandlersFor } from '../types';

export const systemHandlers: HandlersFor<'system'> = {
  'system.info': (_input, { host }) => ({ appVersion: APP_VERSION, schemaVersion: SCHEMA_VERSION, dbPath: host.path }),
  'system.stats': (_input, { registry }) => registryStats(registry.db),
  'system.verify': (_input, { registry }) => registry.verify(),
};

export const settingsHandlers: HandlersFor<'settings'> = {
  'settings.get': (_input, { registry }) => getSettings(registry.db),
  'settings.update': (patch, { registry, actor }) => updateSettings(registry.db, patch, actor),
  'settings.language': ({ language }, { registry, actor }) => updateSettings(registry.db, { 'ui.language': language }, actor),
};
