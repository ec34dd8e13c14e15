import { decryptRegistry, encryptRegistry, recoverRegistry, vaultStatus } from '../../registry/vault/encryption';
import type { HandlersFor } from '../types';

export const vaultHandlers: HandlersFor<'vault'> = {
  'vault.status': (_input, { host }) => vaultStatus(host),
  'vault.unlock': async ({ passphrase }, { host }) => {
    await host.unlock(passphrase);
    return vaultStatus(host);
  },
  'vault.recover': ({ recoveryCode, newPassphrase }, { host }) => recoverRegistry(host, recoveryCode, newPassphrase),
  'vault.encrypt': (input, { host, actor }) => encryptRegistry(host, input, actor),
  'vault.decrypt': ({ currentPassphrase }, { host, actor }) => decryptRegistry(host, currentPassphrase, actor),
};
