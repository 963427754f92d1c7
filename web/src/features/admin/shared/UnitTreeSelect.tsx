import { TreeSelect, type TreeSelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { searchKey } from '@core/domain/text/normalize';
import { toTreeOptions, useUnits } from './units';

type Props = Omit<TreeSelectProps<number | number[]>, 'treeData'> & { exclude?: ReadonlySet<number> };

/** Pick a unit (or several) from the current unit tree; "kinh bac" finds "Kinh Bắc" (people type without tones). */
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
      filterTreeNode={(input, node) => searchKey(String(node.title ?? '')).includes(searchKey(input))}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
