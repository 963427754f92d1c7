import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage, isConflict } from '../../../lib/forms';

/**
 * The one error path for admin edits: field errors under inputs; a 409 (someone else saved this record
 * since it was loaded) shows the server's message, reloads the list and closes the dialog so the user
 * re-opens fresh data instead of overwriting it.
 */
export function useSaveErrors(listKey: QueryKey) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (error: unknown, form?: FormInstance, close?: () => void) => {
    if (isConflict(error)) {
      void message.warning(`${errorMessage(error, t)} ${t('errors.conflictReloaded')}`, 6);
      void queryClient.invalidateQueries({ queryKey: listKey });
      close?.();
      return;
    }
    applyFieldErrors(form, error);
    void message.error(errorMessage(error, t));
  };
}
