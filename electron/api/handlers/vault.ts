import { decryptRegistry, encryptRegistry, recoverRegistry, vaultStatus } from '../../registry/vault/encryption';
import { unlockRegistry } from '../../registry/vault/unlock';
import type { HandlersFor } from '../types';

export const vaultHandlers: HandlersFor<'vault'> = {
  'vault.status': (_input, { host }) => vaultStatus(host),
  'vault.unlock': ({ passphrase }, { host }) => unlockRegistry(host, passphrase),
  'vault.recover': ({ recoveryCode, newPassphrase }, { host }) => recoverRegistry(host, recoveryCode, newPassphrase),
  'vault.encrypt': (input, { host, actor }) => encryptRegistry(host, input, actor),
  'vault.decrypt': ({ currentPassphrase }, { host, actor }) => decryptRegistry(host, currentPassphrase, actor),
};
