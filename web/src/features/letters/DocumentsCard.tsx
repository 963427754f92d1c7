import { Button, Card, Empty, List, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZIssuedDocument } from '@core/schemas/documents';
import { formatDate } from '../../lib/dates';

export type IssuedDocument = z.output<typeof ZIssuedDocument>;

/** The documents a record's work issued (decision, receipt, refusal, urging), each downloadable as issued (.docx). */
export function DocumentsCard({ documents }: { documents: readonly IssuedDocument[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('records.documents')} data-testid="record-documents">
      {documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('records.noDocuments')} />
      ) : (
        <List
          size="small"
          dataSource={[...documents]}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="download" size="small" icon={<DownloadOutlined />} href={`/api/documents/${d.id}/file`} data-testid={`document-${d.kind}`}>
                  {t('records.download')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={d.label}
                description={
                  <Typography.Text type="secondary" className="text-sm" data-testid={`document-number-${d.kind}`}>
                    {[d.numberLine, formatDate(d.issuedOn), d.signerName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
