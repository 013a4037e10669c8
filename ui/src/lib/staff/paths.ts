// Where files are written by default: the back end's default_export_dir,
// asked once per window.

import { api } from '../api';

let dir: Promise<string> | null = null;

/** The default directory for exports ('' when the back end cannot say). */
export function defaultDir(): Promise<string> {
  dir ??= api.defaultExportDir().catch(() => {
    dir = null; // ask again next time
    return '';
  });
  return dir;
}
