// One person's record, read fresh from the registry each time it opens: every field, the
// programs' sections below, and 编辑 to change it.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../electron/contract/people';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../format';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { useEthnicityName } from './EthnicitySelect';
import { PersonFormModal } from './PersonFormModal';
import { PERSON_SECTIONS } from './personSections';
import { RevealableDocNumber } from './RevealableDocNumber';

interface Props {
  /** null: closed. */
  readonly personId: number | null;
  readonly onClose: () => void;
  /** The person was changed here: lists showing them should read them again. */
  readonly onChanged: () => void;
  /** Adding found the person already registered: their record opens instead. */
  readonly onOpen: (personId: number) => void;
}

function Lines({ lines }: { readonly lines: readonly string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </Flex>
  );
}

function usePersonItems(person: PersonDetail): DescriptionsProps['items'] {
  const { t } = useTranslation();
  const ethnicityName = useEthnicityName();
  const none = t('common.none');
  const blood = [person.bloodAbo, person.bloodRh && t(`rh.${person.bloodRh}`)].filter(Boolean).join(' ');
  return [
    { key: 'name', label: t('person.name'), children: person.name },
    { key: 'sex', label: t('person.sex'), children: person.sex ? t(`sex.${person.sex}`) : none },
    { key: 'birthDate', label: t('person.birthDate'), children: person.birthDate ?? none },
    { key: 'ethnicity', label: t('person.ethnicity'), children: person.ethnicity ? ethnicityName(person.ethnicity) : none },
    { key: 'docType', label: t('person.docType'), children: t(`docType.${person.docType}`) },
    {
      key: 'docNumber',
      label: t('person.docNumber'),
      children: <RevealableDocNumber personId={person.id} masked={person.docNumberMasked} />,
    },
    { key: 'mobile', label: t('person.mobile'), children: person.mobile ?? none },
    {
      key: 'phones',
      label: t('person.phones'),
      children: <Lines lines={person.phones.map((p) => (p.label ? `${p.phone}（${p.label}）` : p.phone))} />,
    },
    { key: 'address', label: t('person.address'), children: person.address ?? none },
    { key: 'employer', label: t('person.employer'), children: person.employer ?? none },
    { key: 'occupation', label: t('person.occupation'), children: person.occupation ?? none },
    { key: 'bloodGroup', label: t('person.bloodGroup'), children: blood || none },
    {
      key: 'contacts',
      label: t('person.contacts'),
      children: <Lines lines={person.contacts.map((c) => [c.name, c.relation && `（${c.relation}）`, ` ${c.phone}`].filter(Boolean).join(''))} />,
    },
    { key: 'notes', label: t('person.notes'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{person.notes ?? none}</span> },
    { key: 'createdAt', label: t('person.createdAt'), children: formatInstant(person.createdAt) },
    { key: 'updatedAt', label: t('person.updatedAt'), children: formatInstant(person.updatedAt) },
  ];
}

function PersonDescriptions({ person }: { readonly person: PersonDetail }) {
  return <Descriptions column={1} bordered size="small" items={usePersonItems(person)} styles={{ label: { width: 110 } }} />;
}

export function PersonDetailDrawer({ personId, onClose, onChanged, onOpen }: Props) {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState(false);
  const person = useApiQuery('people.get', personId === null ? null : { id: personId }, revision);
  // The last answer stays on screen while a changed record is read again, so nothing flickers.
  const ready = person.data !== undefined && person.data.id === personId;

  // Ctrl+E edits the open record, as Ctrl+N adds one on the list.
  useCtrlShortcut('e', () => ready && setEditing(true));

  return (
    <Drawer
      title={t('people.detailTitle')}
      open={personId !== null}
      onClose={onClose}
      size={560}
      destroyOnHidden
      extra={
        <Button icon={<EditOutlined aria-hidden />} disabled={!ready} onClick={() => setEditing(true)}>
          {t('people.edit')}
        </Button>
      }
    >
      {person.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, person.error)} />
      ) : ready ? (
        <>
          <PersonDescriptions person={person.data!} />
          {PERSON_SECTIONS.map(({ key, Section }) => (
            <Section key={key} personId={person.data!.id} />
          ))}
          <PersonFormModal
            open={editing}
            person={person.data!}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setRevision((n) => n + 1);
              onChanged();
            }}
            onDuplicate={(existingId) => {
              setEditing(false);
              onOpen(existingId);
            }}
          />
        </>
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
