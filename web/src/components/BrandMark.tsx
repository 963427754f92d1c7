import { palette } from '../app/theme';

/** The product mark: a gold star on red, the colours of public administration, drawn inline (no request). */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill={palette.brandRed} />
      <path d="M16 6l2.6 6.4 6.9.5-5.3 4.4 1.7 6.7L16 20.3 10.1 24l1.7-6.7-5.3-4.4 6.9-.5z" fill={palette.brandGold} />
    </svg>
  );
}
