import type { ThemeConfig } from 'antd';

/** A sober administrative look: deep blue actions, the national red only as the brand mark. */
export const BRAND_RED = '#b71c1c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
    fontSize: 14,
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', triggerBg: '#eef2f7', triggerColor: '#24364d' },
    Menu: { itemBorderRadius: 6, itemMarginInline: 8, subMenuItemBg: '#ffffff' },
    Table: { headerBg: '#f5f7fa' },
  },
};
