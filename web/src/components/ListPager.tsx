import { Button, Flex, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * Previous / next for the registers' lists, which page by offset and say whether more follow (`hasMore`) instead of
 * counting every matching row: a count over millions of letters would cost more than the page itself.
 */
export function ListPager({ page, hasMore, onChange, testId }: { page: number; hasMore: boolean; onChange: (page: number) => void; testId?: string }) {
  const { t } = useTranslation();
  if (page === 1 && !hasMore) return null;
  return (
    <Flex justify="flex-end" align="center" gap={8} className="gap-before" data-testid={testId}>
      <Button icon={<LeftOutlined />} disabled={page <= 1} onClick={() => onChange(page - 1)} aria-label={t('common.prevPage')} />
      <Typography.Text className="tabular">{t('common.page', { page })}</Typography.Text>
      <Button icon={<RightOutlined />} disabled={!hasMore} onClick={() => onChange(page + 1)} aria-label={t('common.nextPage')} />
    </Flex>
  );
}
