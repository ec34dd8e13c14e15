// Staff accounts and who is signed in. Staff sign in with their own password; administrators
// manage the accounts, the settings and restores, staff do the daily work. The first start of a
// registry without an administrator runs the setup (account.setup), which also issues the
// recovery code that resets a forgotten administrator password (account.recover).
import { z } from 'zod';
import { method } from './spec';
import { EmptyInput } from './system';
import { normaliseName } from './validation';

export const STAFF_ROLES = ['admin', 'staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  readonly id: number;
  readonly name: string;
  readonly role: StaffRole;
  readonly active: boolean;
  /** Accounts carried over from the name-only sign-in have none until an administrator sets one. */
  readonly hasPassword: boolean;
  readonly createdAt: string;
}

export interface SessionState {
  /** null until someone signs in; kept while the window is locked, so the lock screen can name them. */
  readonly staff: StaffMember | null;
  /** Locked after idle minutes or by 锁定: the same person's password opens it again. */
  readonly locked: boolean;
}

export interface AccountSetupResult {
  readonly staff: StaffMember;
  /** Shown once; only its hash is kept. */
  readonly recoveryCode: string;
}

export interface RecoveryCodeIssued {
  /** Shown once; the previous code is spent. */
  readonly recoveryCode: string;
}

export const PASSWORD_MIN_LENGTH = 8;

/** A new password. A sign-in takes whatever was typed: the stored hash is the judge. */
export const NewPassword = z
  .string({ error: '请设置密码' })
  .min(PASSWORD_MIN_LENGTH, `密码至少需要${PASSWORD_MIN_LENGTH}个字符`)
  .max(200, '密码不能超过200个字符');

const TypedPassword = z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200, '密码不能超过200个字符');

const StaffName = z
  .string({ error: '请填写工作人员姓名' })
  .transform(normaliseName)
  .pipe(z.string().min(1, '请填写工作人员姓名').max(50, '工作人员姓名不能超过50个字'));

const StaffId = z.number().int().positive();

export const StaffCreateInput = z.object({ name: StaffName, password: NewPassword, role: z.enum(STAFF_ROLES) }).strict();

export const StaffUpdateInput = z.object({ id: StaffId, role: z.enum(STAFF_ROLES).optional(), active: z.boolean().optional() }).strict();

export const StaffResetPasswordInput = z.object({ id: StaffId, password: NewPassword }).strict();

export const SessionSignInInput = z.object({ staffId: StaffId, password: TypedPassword }).strict();

export const SessionUnlockInput = z.object({ password: TypedPassword }).strict();

export const SessionChangePasswordInput = z.object({ current: TypedPassword, next: NewPassword }).strict();

export const AccountSetupInput = z.object({ name: StaffName, password: NewPassword }).strict();

export const AccountRecoverInput = z
  .object({ recoveryCode: z.string({ error: '请输入恢复码' }).min(1, '请输入恢复码').max(200), staffId: StaffId, password: NewPassword })
  .strict();

/** The methods that work before anyone signs in (or while the window is locked): what those screens need. */
export const OPEN_METHODS: ReadonlySet<string> = new Set([
  'system.info',
  'settings.get',
  'staff.list',
  'session.get',
  'session.signIn',
  'session.signOut',
  'session.unlock',
  'account.setup',
  'account.recover',
]);

/**
 * The methods only an administrator may call: accounts, settings, restores and the registry's
 * encryption. Names of other domains are listed here so the role check lives in one place.
 */
export const ADMIN_METHODS: ReadonlySet<string> = new Set([
  'staff.create',
  'staff.update',
  'staff.resetPassword',
  'account.renewRecoveryCode',
  'settings.update',
  'backups.restore',
  'backups.delete',
  'vault.encrypt',
  'vault.decrypt',
]);

export const staffMethods = {
  /** Every account with its role and whether it is in use; never a password hash. */
  'staff.list': method<readonly StaffMember[]>()(EmptyInput),
  'staff.create': method<StaffMember>()(StaffCreateInput),
  'staff.update': method<StaffMember>()(StaffUpdateInput),
  'staff.resetPassword': method<StaffMember>()(StaffResetPasswordInput),
} as const;

export const sessionMethods = {
  'session.get': method<SessionState>()(EmptyInput),
  'session.signIn': method<SessionState>()(SessionSignInInput),
  'session.signOut': method<SessionState>()(EmptyInput),
  'session.lock': method<SessionState>()(EmptyInput),
  'session.unlock': method<SessionState>()(SessionUnlockInput),
  'session.changePassword': method<SessionState>()(SessionChangePasswordInput),
} as const;

export const accountMethods = {
  /** First run only: creates the administrator, signs them in and issues the recovery code. */
  'account.setup': method<AccountSetupResult>()(AccountSetupInput),
  /** A forgotten administrator password: the recovery code resets it and is replaced by a new one. */
  'account.recover': method<AccountSetupResult>()(AccountRecoverInput),
  /** The written-down code is lost: an administrator, giving their password again, gets a new one. */
  'account.renewRecoveryCode': method<RecoveryCodeIssued>()(z.object({ password: TypedPassword }).strict()),
} as const;
