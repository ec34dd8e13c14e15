import { localToday } from '../../contract/validation/calendar';
import { checkBand, issueBand, lookupBand, nextBandCode, replaceBand, setBandStatus } from '../../registry/wristband/bands';
import { followUp } from '../../registry/wristband/followUp';
import { confirmPhone, setGuardians } from '../../registry/wristband/guardians';
import { listIncidents, openIncidents, recordFound, recordReunited, reportMissing } from '../../registry/wristband/incidents';
import { enroll, leaveProgram, listParticipants, listPlaces, updateParticipant } from '../../registry/wristband/participants';
import { getParticipant, participantForPerson } from '../../registry/wristband/read';
import { incidentReport } from '../../registry/wristband/report';
import { rosterCards } from '../../registry/wristband/roster';
import { giveConsent, removePhoto, revealProfile, setPhoto, setProfile, withdrawConsent } from '../../registry/wristband/sensitive';
import type { HandlersFor } from '../types';

export const wristbandHandlers: HandlersFor<'wristband'> = {
  'wristband.list': (input, { registry }) => listParticipants(registry.db, input),
  'wristband.get': ({ participantId }, { registry }) => getParticipant(registry.db, participantId),
  'wristband.forPerson': ({ personId }, { registry }) => participantForPerson(registry.db, personId),
  'wristband.places': (_input, { registry }) => listPlaces(registry.db),
  'wristband.enroll': (input, { registry, actor }) => enroll(registry.db, input, actor),
  'wristband.update': ({ participantId, community, notes }, { registry, actor }) => updateParticipant(registry.db, participantId, community, notes, actor),
  'wristband.setGuardians': ({ participantId, guardians }, { registry, actor }) => setGuardians(registry.db, participantId, guardians, localToday(), actor),
  'wristband.confirmPhone': ({ guardianId, phone, confirmedOn }, { registry, actor }) => confirmPhone(registry.db, guardianId, phone, confirmedOn, actor),
  'wristband.giveConsent': ({ participantId, consent }, { registry, actor }) => giveConsent(registry.db, participantId, consent, actor),
  'wristband.withdrawConsent': ({ participantId, withdrawnOn }, { registry, actor }) => withdrawConsent(registry.db, participantId, withdrawnOn, actor),
  'wristband.setProfile': ({ participantId, profile }, { registry, actor }) => setProfile(registry.db, participantId, profile, actor),
  'wristband.setPhoto': ({ participantId, type, base64 }, { registry, actor }) => setPhoto(registry.db, participantId, type, base64, actor),
  'wristband.removePhoto': ({ participantId }, { registry, actor }) => removePhoto(registry.db, participantId, actor),
  'wristband.reveal': ({ participantId }, { registry, actor }) => revealProfile(registry.db, participantId, actor),
  'wristband.leave': ({ participantId, leftOn, reason }, { registry, actor }) => leaveProgram(registry.db, participantId, leftOn, reason, actor),
  'wristband.nextBandCode': (_input, { registry }) => ({ code: nextBandCode(registry.db) }),
  'wristband.issueBand': ({ participantId, code, issuedOn }, { registry, actor }) => issueBand(registry.db, participantId, code, issuedOn, actor),
  'wristband.setBandStatus': ({ bandId, status, on, note }, { registry, actor }) => setBandStatus(registry.db, bandId, status, on, note, actor),
  'wristband.replaceBand': ({ bandId, code, issuedOn, note }, { registry, actor }) => replaceBand(registry.db, bandId, code, issuedOn, note, actor),
  'wristband.checkBand': ({ bandId, checkedOn }, { registry, actor }) => checkBand(registry.db, bandId, checkedOn, actor),
  'wristband.lookup': ({ code }, { registry, actor }) => lookupBand(registry.db, code, actor),
  'wristband.reportMissing': (input, { registry, actor }) => reportMissing(registry.db, input, actor),
  'wristband.recordFound': (input, { registry, actor }) => recordFound(registry.db, input, actor),
  'wristband.recordReunited': (input, { registry, actor }) => recordReunited(registry.db, input, actor),
  'wristband.incidents': ({ participantId }, { registry }) => listIncidents(registry.db, participantId),
  'wristband.openIncidents': (_input, { registry }) => openIncidents(registry.db),
  'wristband.incidentReport': (input, { registry }) => incidentReport(registry.db, input),
  'wristband.followUp': (input, { registry }) => followUp(registry.db, input),
  'wristband.roster': (input, { registry, actor }) => rosterCards(registry.db, input, actor),
};
