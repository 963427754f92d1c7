import { useMemo } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { searchKey } from '@core/domain/text/normalize';
import { flattenUnits, useUnits } from './units';

type Props = Omit<SelectProps<number>, 'options'> & {
  /** The record's current ward, kept as an option even if it is no longer in the user's tree (merged, out of scope). */
  current?: { id: number; name: string } | null;
};

/**
 * A ward or commune (where a citizen lives, where a reception place stands), from the unit tree in force today:
 * only units of kind ward or commune are offered, which is also what the server accepts.
 */
export function WardSelect({ current, ...props }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = useMemo(() => {
    const wards = flattenUnits(units.data ?? [])
      .filter((u) => u.kind === 'ward' || u.kind === 'commune')
      .map((u) => ({ value: u.id, label: u.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    if (current && !wards.some((w) => w.value === current.id)) wards.unshift({ value: current.id, label: current.name });
    return wards;
  }, [units.data, current]);
  return (
    <Select<number>
      showSearch={{ filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)) }}
      allowClear
      loading={units.isLoading}
      placeholder={t('common.wardPlaceholder')}
      options={options}
      {...props}
    />
  );
}
