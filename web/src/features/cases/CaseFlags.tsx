import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from './api';

/** The flags a leader watches (complex, protracted, backlog, over-level), only those set. */
export function CaseFlags({ item }: { item: Pick<CaseListItem, 'complex' | 'protracted' | 'backlog' | 'overLevel'> }) {
  const { t } = useTranslation();
  const flags = (['complex', 'protracted', 'backlog', 'overLevel'] as const).filter((f) => item[f]);
  if (flags.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {flags.map((f) => (
        <Tag key={f} color="purple">
          {t(`cases.${f}`)}
        </Tag>
      ))}
    </Flex>
  );
}
