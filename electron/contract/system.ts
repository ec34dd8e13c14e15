// Registry-wide calls: what the registry is, how much it holds, whether it is healthy.
import { z } from 'zod';
import { method } from './spec';
import { WRISTBAND_SETTING_DEFAULTS, WRISTBAND_SETTING_SCHEMAS } from './wristbandIncidents';

export const EmptyInput = z.object({}).strict().default({});

export interface RegistryInfo {
  readonly appVersion: string;
  readonly schemaVersion: number;
  /** Where the registry lives, so staff can find it for backups. */
  readonly dbPath: string;
}

/** Counts per program; later programs add their keys. */
export interface RegistryStats {
  readonly people: number;
  /** Stem-cell volunteers still in the programme (not withdrawn). */
  readonly stemcellVolunteers: number;
  /** Organ, cornea and body pledges in force. */
  readonly activePledges: number;
  /** People who have given blood at least once. */
  readonly bloodDonors: number;
}

export interface VerifyReport {
  readonly ok: boolean;
  /** integrity_check's lines; ["ok"] when the file is sound. */
  readonly integrity: readonly string[];
  readonly foreignKeyViolations: readonly { table: string; rowid: number | null; parent: string }[];
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Settings the UI may read and write, each with its own schema. */
export const SETTING_SCHEMAS = {
  'ui.language': z.enum(LANGUAGES),
  /** Who signed in last at this registry: the sign-in screen offers them first. Set by signing in. */
  'ui.lastStaffId': z.number().int().positive().optional(),
  /** The window locks after this many minutes without keyboard or mouse; 0 turns it off. */
  'security.idleLockMinutes': z.number().int().min(0).max(240),
  /** Automatic backups kept (grandfather-father-son): the newest of each of the last N days, weeks, months that have one. */
  'backups.keepDaily': z.number().int().min(1).max(90),
  'backups.keepWeekly': z.number().int().min(0).max(104),
  'backups.keepMonthly': z.number().int().min(0).max(120),
  ...WRISTBAND_SETTING_SCHEMAS,
} as const;
export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

export const SETTING_DEFAULTS: Settings = {
  'ui.language': 'zh-CN',
  'ui.lastStaffId': undefined,
  'security.idleLockMinutes': 10,
  'backups.keepDaily': 7,
  'backups.keepWeekly': 4,
  'backups.keepMonthly': 12,
  ...WRISTBAND_SETTING_DEFAULTS,
};

export const SettingsUpdateInput = z
  .object({
    'security.idleLockMinutes': SETTING_SCHEMAS['security.idleLockMinutes'].optional(),
    'backups.keepDaily': SETTING_SCHEMAS['backups.keepDaily'].optional(),
    'backups.keepWeekly': SETTING_SCHEMAS['backups.keepWeekly'].optional(),
    'backups.keepMonthly': SETTING_SCHEMAS['backups.keepMonthly'].optional(),
    ...z.object(WRISTBAND_SETTING_SCHEMAS).partial().shape,
  })
  .strict();

export const systemMethods = {
  'system.info': method<RegistryInfo>()(EmptyInput),
  'system.stats': method<RegistryStats>()(EmptyInput),
  'system.verify': method<VerifyReport>()(EmptyInput),
} as const;

/** The interface language is each staff member's choice, not an office setting: no admin needed. */
export const SettingsLanguageInput = z.object({ language: SETTING_SCHEMAS['ui.language'] }).strict();

export const settingsMethods = {
  'settings.get': method<Settings>()(EmptyInput),
  /** Office settings: administrators only (ADMIN_METHODS). */
  'settings.update': method<Settings>()(SettingsUpdateInput),
  'settings.language': method<Settings>()(SettingsLanguageInput),
} as const;
