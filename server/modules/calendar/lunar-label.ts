import { lunarYearName, type LunarDate } from '@core/domain/calendar';

// Lunar months are called by name, not number, in everyday Vietnamese: the first is "Giêng", the last "Chạp".
const MONTH_NAMES = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Chạp'] as const;

export interface LunarLabel extends LunarDate {
  yearName: string;
  /** "Mùng 1 tháng Giêng năm Bính Ngọ", "Ngày 15 tháng Tám nhuận năm …". */
  label: string;
  /** "1/1 Bính Ngọ", "10/3 Bính Ngọ", "5/4n Giáp Thìn" for a leap month. */
  short: string;
}

export function lunarLabel(l: LunarDate): LunarLabel {
  const yearName = lunarYearName(l.year);
  // The first ten days of a lunar month are said "mùng 1" … "mùng 10".
  const day = l.day <= 10 ? `Mùng ${l.day}` : `Ngày ${l.day}`;
  const month = `tháng ${MONTH_NAMES[l.month - 1] ?? String(l.month)}${l.leap ? ' nhuận' : ''}`;
  return {
    ...l,
    yearName,
    label: `${day} ${month} năm ${yearName}`,
    short: `${l.day}/${l.month}${l.leap ? 'n' : ''} ${yearName}`,
  };
}
