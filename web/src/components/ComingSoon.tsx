import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

export type ComingSoonSection = 'reports';

/** A section that is on the roadmap: say plainly what will be here, so users know where their work will live. */
export function ComingSoon({ section }: { section: ComingSoonSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <Card>
        <Empty
          data-testid={`coming-soon-${section}`}
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <div className="coming-soon">
              <Tag color="gold">
                {t('comingSoon.badge')}
              </Tag>
              <Typography.Paragraph>{t(`comingSoon.${section}`)}</Typography.Paragraph>
            </div>
          }
        />
      </Card>
    </>
  );
}
