import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/forms';

/** A list that failed to load says why (the server's message) and offers to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={errorMessage(error, t)}
      action={<Button onClick={onRetry}>{t('common.reload')}</Button>}
      className="gap-after"
      data-testid="query-error"
    />
  );
}
