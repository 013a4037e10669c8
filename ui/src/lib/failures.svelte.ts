// Where the window's components send what they caught. Every failure is
// turned into an AppError (api.ts); one that leaves Pledge Desk without its
// database replaces the whole window (App shows `failures.fatal`). Components
// say a failure with `errorText` and need nothing else: no form editor is
// passed around only to report errors.

import type { AppError } from '../generated/types';
import { storeUnavailable, toAppError } from './api';

class Failures {
  /** A failure that leaves the window without its database, if one came. */
  fatal = $state<AppError | null>(null);

  /** Records a failure and returns it as an AppError. */
  failed(error: unknown): AppError {
    const appError = toAppError(error);
    if (storeUnavailable(appError)) this.fatal = appError;
    return appError;
  }
}

export const failures = new Failures();
