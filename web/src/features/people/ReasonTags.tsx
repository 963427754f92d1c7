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
        <Tag key={r.code} color={COLORS[r.code]} className="flush" data-reason={r.code}>
          {r.label}
        </Tag>
      ))}
    </Flex>
  );
}
