// 造血干细胞捐献: the volunteers by status, enrolling a volunteer (Ctrl+N), and each volunteer's
// record with the next steps of the CMDP pipeline.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { EnrollModal } from './EnrollModal';
import { VolunteerDrawer } from './VolunteerDrawer';
import { VolunteerTable } from './VolunteerTable';
import { useStemcellView } from './viewStore';

export function StemcellPage() {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const open = useStemcellView((s) => s.open);
  const changed = useStemcellView((s) => s.changed);

  useCtrlShortcut('n', () => setEnrolling(true));

  return (
    <>
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Title level={3}>{t('stemcell.heading')}</Typography.Title>
        <Tooltip title={t('stemcell.enrollShortcut')}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEnrolling(true)}>
            {t('stemcell.enroll')}
          </Button>
        </Tooltip>
      </Flex>
      <VolunteerTable />
      <EnrollModal
        open={enrolling}
        onClose={() => setEnrolling(false)}
        onEnrolled={(enrollment) => {
          setEnrolling(false);
          changed();
          open(enrollment.personId);
        }}
        onAlreadyEnrolled={(personId) => {
          setEnrolling(false);
          open(personId);
        }}
      />
      <VolunteerDrawer />
    </>
  );
}
