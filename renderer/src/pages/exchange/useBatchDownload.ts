// Writing a batch's file again and saving it: the registry writes it from the batch's recorded
// rows into the staging store, then the renderer reads it down with a progress bar.
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportBatch, ExportFormat } from '../../../../electron/contract/exports';
import type { StagedFile } from '../../../../electron/contract/files';
import { api } from '../../api/client';
import { downloadFile } from '../../api/files';
import { batchErrorText } from './batchErrors';

export interface DownloadState {
  readonly batchId: number;
  readonly phase: 'writing' | 'downloading';
  readonly percent: number;
}

export function useBatchDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useState<DownloadState | null>(null);

  /** Saves a file the registry already staged (a new batch). */
  const save = async (batchId: number, file: StagedFile) => {
    setState({ batchId, phase: 'downloading', percent: 0 });
    try {
      await downloadFile(file.fileId, file.name, (fraction) => setState({ batchId, phase: 'downloading', percent: Math.round(fraction * 100) }));
    } finally {
      setState(null);
    }
  };

  /** Writes the batch again and saves it; `verify` reports whether it matches the original. */
  const download = async (batch: ExportBatch, format: ExportFormat, verify = false) => {
    setState({ batchId: batch.id, phase: 'writing', percent: 0 });
    try {
      const file = await api.call('exports.download', { batchId: batch.id, format });
      if (verify) {
        if (format !== batch.format) void message.info(t('exports.result.csvRegenerated'));
        else if (file.sha256 === batch.sha256) void message.success(t('exports.result.identical', { sha: file.sha256.slice(0, 12) }));
        else void message.warning(t('exports.result.different'));
      }
      await save(batch.id, file);
    } catch (error) {
      void message.error(batchErrorText(t, error));
    } finally {
      setState(null);
    }
  };

  return { state, save, download };
}
