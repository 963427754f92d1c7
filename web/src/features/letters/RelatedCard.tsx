import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/forms';
import { useRelatedLetters, useRelateLetter, type Letter } from './api';

/**
 * Đơn trùng, đơn liên quan before deciding: letters of any unit scored against this one. One the user may not open
 * shows only where it is (unit, number, date) and why it matched; the others can be marked as this letter's original
 * or linked as related.
 */
export function RelatedCard({ letter, onConflict }: { letter: Letter; onConflict: (error: unknown) => boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const related = useRelatedLetters(letter.id);
  const relate = useRelateLetter(letter.id);
  const send = (relation: 'duplicate_of' | 'related', letterId: number) =>
    relate.mutate(
      { version: letter.version, relation, letterId },
      {
        onSuccess: () => void message.success(t('letters.relatedSaved')),
        onError: (error) => {
          if (!onConflict(error)) void message.error(errorMessage(error, t));
        },
      },
    );
  const items = related.data?.items ?? [];
  return (
    <Card size="small" title={t('letters.relatedTitle')} loading={related.isLoading} data-testid="letter-related">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('letters.relatedNone')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(r) => (
            <List.Item
              data-testid={`related-${r.letterId}`}
              actions={
                r.visible && letter.actions.includes('decide')
                  ? [
                      <Button key="dup" size="small" disabled={r.duplicateOf} onClick={() => send('duplicate_of', r.letterId)}>
                        {r.duplicateOf ? t('letters.isDuplicate') : t('letters.markDuplicate')}
                      </Button>,
                      <Button key="link" size="small" disabled={r.linked} onClick={() => send('related', r.letterId)}>
                        {r.linked ? t('letters.linked') : t('letters.linkRelated')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2}>
                <Flex gap={6} wrap align="center">
                  {r.visible ? <Link to={`/letters/${r.letterId}`}>{t('letters.letterTitle', { number: r.number, year: r.year })}</Link> : <Typography.Text>{t('letters.letterTitle', { number: r.number, year: r.year })}</Typography.Text>}
                  <Tag color={r.score >= 80 ? 'red' : 'orange'}>{t('letters.score', { score: r.score })}</Tag>
                  <Typography.Text type="secondary" className="text-sm">
                    {r.unitName} · {formatDate(r.receivedOn)} · {r.requestTypeLabel}
                  </Typography.Text>
                </Flex>
                {r.visible ? <Typography.Text className="text-sm">{r.summary}</Typography.Text> : <Typography.Text type="secondary" className="text-sm">{t('letters.relatedElsewhere')}</Typography.Text>}
                <Typography.Text type="secondary" className="text-sm">
                  {r.reasons.join(' · ')}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
