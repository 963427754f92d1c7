/**
 * What the lists of visits, letters and cases share: the search in the content without diacritics, the period
 * (dates, or a period's dates by its id), the unit, field and special category filters, the sort direction, and the
 * export's larger page. Each list extends `ZRecordListQuery` with its own filters and sort keys.
 */
import { z } from 'zod';
import { ZCode, ZDecimal, ZId, ZIsoDate, ZListPage, ZStr } from './common';

export const ZRecordListQuery = ZListPage.extend({
  q: ZStr('Chuỗi tìm kiếm').trim().max(200, 'Chuỗi tìm kiếm dài tối đa 200 ký tự').optional().describe('Tìm trong nội dung, không phân biệt dấu ("dat dai" tìm thấy "đất đai"); mọi từ phải có mặt'),
  from: ZIsoDate.optional().describe('Từ ngày'),
  to: ZIsoDate.optional().describe('Đến ngày'),
  periodId: ZId.optional().describe('Trong thời gian của một đợt (từ ngày bắt đầu đến ngày kết thúc của đợt)'),
  unitId: ZId.optional(),
  field: ZCode('Lĩnh vực').optional(),
  specialCategory: ZCode('Đối tượng đặc thù').optional(),
  order: z.enum(['asc', 'desc'], { error: 'Chiều sắp xếp: asc hoặc desc' }).optional().describe('Chiều sắp xếp (mặc định theo từng danh sách)'),
});

/** An export takes a list's filters with a larger page: `ZXListQuery.extend(EXPORT_PAGE)`. */
export const EXPORT_PAGE = { limit: ZDecimal('Số dòng', 1, 5000).default(5000) };
