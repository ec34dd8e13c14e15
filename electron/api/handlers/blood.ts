import { deleteDonation, listDonations, recordDonation } from '../../registry/blood/donations';
import { getDonor, listDonors } from '../../registry/blood/donors';
import { getDrive, listDrives, listPartnerUnits, saveDrive } from '../../registry/blood/drives';
import type { HandlersFor } from '../types';

export const bloodHandlers: HandlersFor<'blood'> = {
  'blood.recordDonation': (input, { registry, actor }) => recordDonation(registry.db, input, actor),
  'blood.deleteDonation': ({ id, reason }, { registry, actor }) => {
    deleteDonation(registry.db, id, reason, actor);
    return { deleted: true };
  },
  'blood.listDonations': (input, { registry }) => listDonations(registry.db, input),
  'blood.donor': ({ personId }, { registry }) => getDonor(registry.db, personId),
  'blood.listDonors': (input, { registry }) => listDonors(registry.db, input),
  'blood.saveDrive': (input, { registry, actor }) => saveDrive(registry.db, input, actor),
  'blood.getDrive': ({ id }, { registry }) => getDrive(registry.db, id),
  'blood.listDrives': (input, { registry }) => listDrives(registry.db, input),
  'blood.listPartnerUnits': (_input, { registry }) => listPartnerUnits(registry.db),
};
