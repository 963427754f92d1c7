import { Flex, Tag } from 'antd';
import type { PersonSearchItem } from './api';

/**
 * Strong evidence (same identity or phone number) in green, name agreement in blue, weak or contrary signs grey,
 * so the officer sees at a glance why a row is there. Labels are the server's own ("Trùng số CCCD", …).
 */
const COLORS: Record<string, string> = {
  id_same: 'green',
  phone_same: 'green',
  id_prefix: 'cyan',
  name_exact: 'blue',
  name_similar: 'geekblue',
  birth_year_same: 'purple',
  birth_year_near: 'purple',
  id_different: 'orange',
};

export function ReasonTags({ reasons }: { reasons: PersonSearchItem['reasons'] }) {
  return (
    <Flex gap={4} wrap>
      {reasons.map((r) => (
        <Tag key={r.code} color={COLORS[r.code]} style={{ marginInlineEnd: 0 }} data-reason={r.code}>
          {r.label}
        </Tag>
      ))}
    </Flex>
  );
}

const STRONG = new Set(['id_same', 'phone_same', 'name_exact']);

/**
 * A search hit worth a warning before creating a new record. The same name counts whatever the birth year (a year
 * is often misremembered at the counter); otherwise the overall score must be high.
 */
export function isLikelySame(item: PersonSearchItem): boolean {
  return item.score >= 0.8 || item.reasons.some((r) => STRONG.has(r.code));
}
