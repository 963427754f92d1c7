import type { ReactNode } from 'react';
import { theme } from 'antd';
import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';

/**
 * antd's Result for a status with an icon (error, warning), drawn with plain elements and the theme's tokens.
 * The screens that need it (a route that failed, the session check that failed) are in the first download,
 * which Result would grow by its 403/404/500 illustrations; those stay with the illustrated pages (ResultPages).
 */
export function StatusPage({ status, title, subTitle, extra }: { status: 'error' | 'warning'; title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  const { token } = theme.useToken();
  const Icon = status === 'error' ? CloseCircleFilled : WarningFilled;
  // Result's icon is three times the level-3 heading (the token may be a CSS length in principle).
  const iconSize = typeof token.fontSizeHeading3 === 'number' ? token.fontSizeHeading3 * 3 : `calc(${token.fontSizeHeading3} * 3)`;
  return (
    <div role="alert" style={{ padding: `${token.paddingLG * 2}px ${token.paddingXL}px`, textAlign: 'center' }}>
      <div style={{ marginBottom: token.paddingLG }}>
        <Icon style={{ fontSize: iconSize, color: status === 'error' ? token.colorError : token.colorWarning }} />
      </div>
      <div style={{ color: token.colorTextHeading, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, marginBlock: token.marginXS }}>{title}</div>
      {subTitle ? <div style={{ color: token.colorTextDescription }}>{subTitle}</div> : null}
      {extra ? <div style={{ marginTop: token.paddingLG }}>{extra}</div> : null}
    </div>
  );
}
