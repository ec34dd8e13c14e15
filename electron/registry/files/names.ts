// File names as staff gave them (an upload) or as the registry offers them (a download): kept
// for display and for the name the browser saves under, never used as a path on disk.

// Characters Windows refuses in names, path separators and control characters.
const UNSAFE = /[\p{Cc}<>:"/\\|?*]/gu;
const MAX_NAME = 120;

/** The last path segment, without unsafe characters, leading dots or trailing dots and spaces. */
export function safeFileName(raw: string, fallback = '文件'): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(UNSAFE, '_').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (cleaned === '') return fallback;
  if (cleaned.length <= MAX_NAME) return cleaned;
  // Keep the extension: it tells the importer (and the operating system) what the file is.
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

/** The lower-case extension without the dot ('xlsx', 'csv'); '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
