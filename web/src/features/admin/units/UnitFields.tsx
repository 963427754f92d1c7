import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { rules } from '../../../lib/forms';
import { UNIT_KINDS } from '../../../lib/types';

/** Code, name and kind of a unit, with the server's rules: the same fields for a new, edited or merged unit. */
export function UnitFields({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const r = rules(t);
  return (
    <>
      <Form.Item name="code" label={t('units.code')} rules={[r.required(t('units.code')), r.code, r.max(t('units.code'), 50)]}>
        <Input autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item name="name" label={t('units.name')} rules={[r.required(t('units.name')), r.max(t('units.name'), 255)]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('units.kind')} rules={[r.requiredSelect(t('units.kind'))]}>
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))} />
      </Form.Item>
    </>
  );
}
