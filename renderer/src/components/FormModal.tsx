// The dialog around every form that saves to the registry: 保存 (or the dialog's own word, such as
// 确认撤回) submits the form (so Enter and the button take one path through validation), 取消
// closes it, the button spins while the registry answers, and the form is rebuilt fresh each
// time the dialog opens.
import { Modal, type FormInstance, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = Omit<ModalProps, 'cancelText' | 'confirmLoading' | 'onOk' | 'destroyOnHidden'> & {
  readonly form: FormInstance;
  readonly saving: boolean;
};

export function FormModal({ form, saving, children, ...modal }: Props) {
  const { t } = useTranslation();
  return (
    <Modal okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving} onOk={() => form.submit()} destroyOnHidden {...modal}>
      {children}
    </Modal>
  );
}
