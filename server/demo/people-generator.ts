import { seededRandom } from '@core/domain/random';

/**
 * Realistic Vietnamese citizens, deterministic for a seed: the demo register and the search benchmark use the
 * same generator. Surname weights follow the commonly cited distribution (Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 %…).
 */
const SURNAMES: [string, number][] = [
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 51], ['Phan', 45], ['Vũ', 39], ['Đặng', 21],
  ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đào', 5], ['Đinh', 4], ['Trương', 4],
  ['Lương', 3], ['Tạ', 2], ['Lưu', 2], ['Mai', 2], ['Cao', 2], ['Chu', 2], ['Kiều', 1], ['Quách', 1],
];
const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Xuân', 'Công', 'Đình', 'Ngọc', 'Tiến', 'Mạnh', 'Trọng'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Thị Thu', 'Thị Thanh', 'Hồng', 'Kim', 'Phương', 'Mai'];
const MALE_GIVEN = ['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Hải', 'Long', 'Sơn', 'Thắng', 'Cường', 'Quân', 'Đức', 'Minh', 'Hoàng', 'Phúc', 'Tùng', 'Hiếu', 'Trung', 'Khánh', 'Bình', 'Thành', 'Toàn', 'Vinh', 'Việt', 'Đạt', 'Huy', 'Kiên', 'Lâm', 'Nghĩa', 'Phong', 'Quang', 'Thịnh', 'Tiến', 'An', 'Bảo', 'Chiến'];
const FEMALE_GIVEN = ['Hương', 'Lan', 'Hoa', 'Hạnh', 'Thảo', 'Trang', 'Linh', 'Huyền', 'Ngọc', 'Phương', 'Yến', 'Mai', 'Nhung', 'Thủy', 'Hằng', 'Nga', 'Loan', 'Dung', 'Vân', 'Anh', 'Giang', 'Hà', 'Hiền', 'Liên', 'Ly', 'My', 'Oanh', 'Quyên', 'Tâm', 'Uyên', 'Xuân', 'Ánh'];
const STREETS = ['Nguyễn Gia Thiều', 'Ngô Gia Tự', 'Lý Thái Tổ', 'Trần Hưng Đạo', 'Hoàng Hoa Thám', 'Nguyễn Văn Cừ', 'Kinh Dương Vương', 'Lý Anh Tông', 'Huyền Quang', 'Nguyễn Trãi', 'Thiên Đức', 'Hai Bà Trưng'];

/** The seeded generator the demo and the benchmarks share with the roster instances. */
export const prng = seededRandom;

const TOTAL_WEIGHT = SURNAMES.reduce((s, [, w]) => s + w, 0);
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

export interface GeneratedPerson {
  fullName: string;
  gender: 'male' | 'female';
  birthYear: number;
  idNumber: string;
  phone: string;
  address: string;
  wardIndex: number;
}

/** The i-th citizen for a seed; identity numbers are unique for distinct i (the last six digits count i). */
export function generatePerson(i: number, r: () => number, wardCount: number, wardNames: readonly string[] = []): GeneratedPerson {
  let x = r() * TOTAL_WEIGHT;
  let surname = 'Nguyễn';
  for (const [name, w] of SURNAMES) {
    x -= w;
    if (x <= 0) {
      surname = name;
      break;
    }
  }
  const gender = r() < 0.5 ? 'male' : 'female';
  const middle = pick(r, gender === 'male' ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = pick(r, gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
  const extra = r() < 0.25 ? ` ${pick(r, gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN)}` : '';
  const birthYear = 1935 + Math.floor(r() * 70);
  const centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  // 027 = Bắc Ninh; 4th digit century and gender; then the year; then six digits unique per i (TT 59/2021 art. 4).
  const idNumber = `027${centuryGender}${String(birthYear % 100).padStart(2, '0')}${String(i % 1_000_000).padStart(6, '0')}`;
  const prefix = pick(r, ['091', '094', '098', '097', '096', '086', '088', '090', '093', '035', '038', '039', '083', '084', '070', '077']);
  const phone = `${prefix}${String(Math.floor(r() * 10_000_000)).padStart(7, '0')}`;
  const wardIndex = Math.floor(r() * wardCount);
  const ward = wardNames[wardIndex];
  const address = `Số ${1 + Math.floor(r() * 200)} đường ${pick(r, STREETS)}${ward ? `, phường ${ward}` : ''}, thành phố Bắc Ninh`;
  return { fullName: `${surname} ${middle} ${given}${extra}`, gender, birthYear, idNumber, phone, address, wardIndex };
}
