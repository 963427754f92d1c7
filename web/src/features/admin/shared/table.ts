import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

export const DEFAULT_PAGE_SIZE = 10;

/** Pagination the same everywhere: 10 / trang, size changer, a total line. */
export function pagination(t: TFunction, extra: TablePaginationConfig = {}): TablePaginationConfig {
  return {
    defaultPageSize: DEFAULT_PAGE_SIZE,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => t('common.total', { count: total }),
    ...extra,
  };
}
