import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while the session check or a screen's code loads (a plain box around Spin: it is on every first load). */
export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
