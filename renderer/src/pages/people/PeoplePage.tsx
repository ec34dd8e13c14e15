// The people register: search, one page of people, adding a person, opening a record, and the
// review of likely duplicates with merging.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { usePeopleView } from '../../store/people';
import { DuplicatesView } from './DuplicatesView';
import { PeopleSearch } from './PeopleSearch';
import { PeopleTable } from './PeopleTable';
import { PersonDetailDrawer } from './PersonDetailDrawer';
import { PersonFormModal } from './PersonFormModal';

export function PeoplePage() {
  const { t } = useTranslation();
  const revision = usePeopleView((s) => s.revision);
  const showNewest = usePeopleView((s) => s.showNewest);
  const refresh = usePeopleView((s) => s.refresh);
  const [adding, setAdding] = useState(false);
  const [openPersonId, setOpenPersonId] = useState<number | null>(null);

  useCtrlShortcut('n', () => setAdding(true));

  const list = (
    <>
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 16 }}>
        {/* Remounted after a save, when the search is cleared to show the new person. */}
        <PeopleSearch key={revision} />
        <Tooltip title={t('people.addShortcut')}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('people.add')}
          </Button>
        </Tooltip>
      </Flex>
      <PeopleTable onOpen={setOpenPersonId} />
    </>
  );

  return (
    <>
      <Typography.Title level={3}>{t('people.heading')}</Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'list', label: t('people.tabs.list'), children: list },
          { key: 'duplicates', label: t('people.tabs.duplicates'), children: <DuplicatesView onOpen={setOpenPersonId} onMerged={refresh} /> },
        ]}
      />
      <PersonFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          showNewest();
        }}
        onDuplicate={(existingId) => {
          setAdding(false);
          setOpenPersonId(existingId);
        }}
      />
      <PersonDetailDrawer personId={openPersonId} onClose={() => setOpenPersonId(null)} onChanged={refresh} onOpen={setOpenPersonId} />
    </>
  );
}
