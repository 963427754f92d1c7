import { TreeSelect, type TreeSelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { toTreeOptions, useUnits } from './units';

type Props = Omit<TreeSelectProps<number | number[]>, 'treeData'> & { exclude?: ReadonlySet<number> };

/** Pick a unit (or several) from the current unit tree, searchable by name with or without diacritics. */
export function UnitTreeSelect({ exclude, ...props }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <TreeSelect<number | number[]>
      showSearch
      treeDefaultExpandAll
      allowClear
      loading={units.isLoading}
      placeholder={t('common.selectPlaceholder')}
      treeData={toTreeOptions(units.data ?? [], exclude)}
      filterTreeNode={(input, node) => fold(String(node.title ?? '')).includes(fold(input))}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}

/** Search "kinh bac" finds "Kinh Bắc": strip marks and map đ, as people type without diacritics. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
