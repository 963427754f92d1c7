import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFilename } from './filename';

describe('safeFilename', () => {
  it('keeps the Vietnamese name and drops the path the browser or a forger sent', () => {
    expect(safeFilename('C:\\Users\\can bo\\Đơn khiếu nại.pdf')).toBe('Đơn khiếu nại.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
  });
  it('removes control and reserved characters, leading dots and stray spaces', () => {
    expect(safeFilename('..\u0000ảnh:\u202echụp  "1".jpg ')).toBe('ảnhchụp 1.jpg');
    expect(safeFilename('...')).toBe('tep-dinh-kem');
  });
  it('composes decomposed text (macOS) and shortens a long name without losing the extension', () => {
    expect(safeFilename('Nguye\u0302\u0303n.png')).toBe('Nguyễn.png');
    const long = safeFilename(`${'a'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Đơn "mới".pdf')).toBe(`attachment; filename="Don _moi_.pdf"; filename*=UTF-8''${encodeURIComponent('Đơn "mới".pdf')}`);
  });
});
