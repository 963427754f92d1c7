import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n';
import type { Language } from '../lib/types';

/**
 * Tiếng Việt / English. The labels are each language's own name, so a user who cannot read the current
 * language can still find theirs. `onChange` lets the signed-in shell also save the choice to the account.
 */
export function LanguageSwitch({ onChange, size = 'middle' }: { onChange: (lng: Language) => void; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      data-testid="lang-switch"
      aria-label={t('language.label')}
      size={size}
      value={currentLanguage()}
      onChange={onChange}
      options={[
        { value: 'vi', label: <span lang="vi" data-testid="lang-vi">{t('language.vi')}</span> },
        { value: 'en', label: <span lang="en" data-testid="lang-en">{t('language.en')}</span> },
      ]}
    />
  );
}
