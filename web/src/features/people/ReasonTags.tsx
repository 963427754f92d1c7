import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonReasonCode } from '@core/domain/identity/person-match';
import { currentLanguage } from '../../lib/i18n';
import type { PersonSearchItem } from './api';

/**
 * Strong evidence (same identity or phone number) in green, name agreement in blue, weak or contrary signs grey,
 * so the officer sees at a glance why a row is there. Every code the matcher gives is listed, so a new one needs a
 * colour decision here and a label in the catalogue.
 */
const COLORS: Record<PersonReasonCode, string | undefined> = {
  id_same: 'green',
  phone_same: 'green',
  id_prefix: 'cyan',
  name_exact: 'blue',
  name_similar: 'geekblue',
  birth_year_same: 'purple',
  birth_year_near: 'purple',
  id_different: 'orange',
  name_different: undefined,
  birth_year_different: undefined,
  ward_same: undefined,
  address_similar: undefined,
};

const isReasonCode = (code: string): code is PersonReasonCode => Object.hasOwn(COLORS, code);

/**
 * In Vietnamese each tag reads the server's own label, which carries the figures ("Họ tên tương tự 87%", "Trùng số
 * CCCD"); in another language the catalogue's label for the code (people.reasonCodes), so no Vietnamese is left.
 */
export function ReasonTags({ reasons }: { reasons: PersonSearchItem['reasons'] }) {
  const { t } = useTranslation();
  const vietnamese = currentLanguage() === 'vi';
  return (
    <Flex gap={4} wrap>
      {reasons.map((r) => (
        <Tag key={r.code} color={isReasonCode(r.code) ? COLORS[r.code] : undefined} className="flush" data-reason={r.code}>
          {vietnamese || !isReasonCode(r.code) ? r.label : t(`people.reasonCodes.${r.code}`)}
        </Tag>
      ))}
    </Flex>
  );
}
