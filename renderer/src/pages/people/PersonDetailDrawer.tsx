// One person's record, read fresh from the registry each time it opens.
import { Alert, Descriptions, Drawer, Skeleton, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../electron/contract/people';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../format';
import { PERSON_SECTIONS } from './personSections';
import { RevealableDocNumber } from './RevealableDocNumber';

interface Props {
  /** null: closed. */
  readonly personId: number | null;
  readonly onClose: () => void;
}

function usePersonItems(person: PersonDetail): DescriptionsProps['items'] {
  const { t } = useTranslation();
  const none = t('common.none');
  return [
    { key: 'name', label: t('person.name'), children: person.name },
    { key: 'sex', label: t('person.sex'), children: person.sex ? t(`sex.${person.sex}`) : none },
    { key: 'birthDate', label: t('person.birthDate'), children: person.birthDate ?? none },
    { key: 'docType', label: t('person.docType'), children: t(`docType.${person.docType}`) },
    {
      key: 'docNumber',
      label: t('person.docNumber'),
      children: <RevealableDocNumber personId={person.id} masked={person.docNumberMasked} />,
    },
    { key: 'mobile', label: t('person.mobile'), children: person.mobile ?? none },
    { key: 'address', label: t('person.address'), children: person.address ?? none },
    { key: 'notes', label: t('person.notes'), children: person.notes ?? none },
    { key: 'createdAt', label: t('person.createdAt'), children: formatInstant(person.createdAt) },
    { key: 'updatedAt', label: t('person.updatedAt'), children: formatInstant(person.updatedAt) },
  ];
}

function PersonDescriptions({ person }: { readonly person: PersonDetail }) {
  return <Descriptions column={1} bordered size="small" items={usePersonItems(person)} styles={{ label: { width: 110 } }} />;
}

export function PersonDetailDrawer({ personId, onClose }: Props) {
  const { t } = useTranslation();
  const person = useApiQuery('people.get', personId === null ? null : { id: personId });
  const ready = !person.loading && person.data !== undefined && person.data.id === personId;

  return (
    <Drawer title={t('people.detailTitle')} open={personId !== null} onClose={onClose} size={520} destroyOnHidden>
      {person.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, person.error)} />
      ) : ready ? (
        <>
          <PersonDescriptions person={person.data!} />
          {PERSON_SECTIONS.map(({ key, Section }) => (
            <Section key={key} personId={person.data!.id} />
          ))}
        </>
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
