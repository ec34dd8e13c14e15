// From a figure on the dashboard to the list behind it: each program page keeps its filters in
// its view store, so a click sets those filters and opens the page, as if staff had chosen them.
import { useNavigate } from 'react-router';
import type { PipelineStatus } from '../../../../electron/contract/stemcell';
import { useBloodView } from '../blood/bloodView';
import { useStemcellView } from '../stemcell/viewStore';
import { useWristbandView } from '../wristband/viewStore';

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export function useOpenList() {
  const navigate = useNavigate();
  /** The donations made between two days. */
  const donationsBetween = (from: string, to: string) => {
    const blood = useBloodView.getState();
    blood.filterDonations({ from, to, outcome: 'donated' });
    blood.setTab('donations');
    void navigate('/blood');
  };
  return {
    donationsBetween,
    /** The donations made in one month (YYYY-MM). */
    donationsOf: (month: string) => donationsBetween(`${month}-01`, lastDay(month)),
    /** The drives, largest volume first. */
    drivesByVolume() {
      const blood = useBloodView.getState();
      blood.sortDrives('volume');
      blood.setTab('drives');
      void navigate('/blood');
    },
    /** The donors who may give whole blood today. */
    eligibleDonors() {
      const blood = useBloodView.getState();
      blood.filterDonors({ eligibleFor: 'whole_blood' });
      blood.setTab('donors');
      void navigate('/blood');
    },
    /** Volunteers at one step of the pipeline. */
    volunteersAt(status: PipelineStatus) {
      useStemcellView.getState().setFilter(status);
      void navigate('/stemcell');
    },
    volunteer(personId: number) {
      useStemcellView.getState().open(personId);
      void navigate('/stemcell');
    },
    /** The incidents tab of the wristband page. */
    incidents() {
      useWristbandView.getState().setTab('incidents');
      void navigate('/wristband');
    },
    followUp() {
      useWristbandView.getState().setTab('followUp');
      void navigate('/wristband');
    },
    participant(participantId: number) {
      useWristbandView.getState().open(participantId);
      void navigate('/wristband');
    },
  };
}
