import type { ReactNode } from 'react';
import { Button, Dropdown, Flex, type MenuProps } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface RowAction {
  key: string;
  label: string;
  icon?: ReactNode;
  danger?: boolean;
  onClick: () => void;
}

/**
 * The first action is a visible button, the rest go into a "…" menu (keyboard reachable), so rows stay
 * one line at 1366 px. Callers pass only the actions the record's `actions` array allows.
 */
export function RowActions({ actions, testId }: { actions: RowAction[]; testId?: string }) {
  const { t } = useTranslation();
  const [first, ...rest] = actions;
  if (!first) return null;
  const items: MenuProps['items'] = rest.map((a) => ({
    key: a.key,
    label: a.label,
    icon: a.icon,
    danger: a.danger,
    'data-testid': testId ? `${testId}-${a.key}` : undefined,
  }));
  return (
    <Flex gap={4} align="center">
      <Button size="small" type="link" icon={first.icon} danger={first.danger} onClick={first.onClick} data-testid={testId ? `${testId}-${first.key}` : undefined}>
        {first.label}
      </Button>
      {rest.length > 0 ? (
        <Dropdown
          trigger={['click']}
          menu={{ items, onClick: ({ key }) => rest.find((a) => a.key === key)?.onClick() }}
        >
          <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('common.more')} data-testid={testId ? `${testId}-more` : undefined} />
        </Dropdown>
      ) : null}
    </Flex>
  );
}
