import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage, isConflict } from '../../../lib/forms';

/**
 * The one error path for edits in a dialog: field errors under inputs; a 409 (someone else saved this record
 * since it was loaded) shows the server's message, reloads (the list under `reload`, or the caller's own reload)
 * and closes the dialog so the user re-opens fresh data instead of overwriting it.
 */
export function useSaveErrors(reload: QueryKey | (() => void)) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (error: unknown, form?: FormInstance, close?: () => void) => {
    if (isConflict(error)) {
      void message.warning(`${errorMessage(error, t)} ${t('errors.conflictReloaded')}`, 6);
      if (typeof reload === 'function') reload();
      else void queryClient.invalidateQueries({ queryKey: reload });
      close?.();
      return;
    }
    applyFieldErrors(form, error);
    void message.error(errorMessage(error, t));
  };
}
