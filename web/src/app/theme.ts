import { theme as antdTheme, type ThemeConfig } from 'antd';

/**
 * A sober administrative look: deep blue actions, the national red only as the brand mark. Every colour the app
 * draws lives here: antd's seeds, and the app's own surfaces (frame lines, tinted panels, muted text, the kinds of
 * day on the calendar). Stylesheets read them as CSS variables (`var(--td-…)`, see themeCssVariables).
 */
export const palette = {
  primary: '#0b5cad',
  brandRed: '#b71c1c',
  brandGold: '#ffd54f',
  layoutBg: '#f3f5f8',
  surface: '#ffffff',
  /** Lines that frame the shell (menu, header) and the calendar's cells. */
  line: '#e6eaf0',
  /** Tinted boxes that hold a result or a group of fields. */
  panelBg: '#f7f9fc',
  panelLine: '#e3e8ef',
  /** A repeated row inside a form (an extension, a suspension). */
  rowBg: '#fafbfd',
  tagLine: '#d0d7e2',
  /** Text that labels rather than informs (weekend headers, lunar dates, a search icon). */
  textMuted: '#8c98a8',
  /** Text a shade under the body text (weekday headers, dates inside a list). */
  textStrong: '#3d4c5e',
  /** Small explanatory text (legend, timeline notes). */
  textNote: '#5a6878',
  iconMuted: '#8c8c8c',
  caution: '#d46b08',
  /** Quiet backgrounds: table headers and the login page's lower half; the forced password page and menu toggle. */
  subtleBg: '#f5f7fa',
  calmBg: '#eef2f7',
  calmText: '#24364d',
  loginTop: '#e9eef5',
  /** The calendar's kinds of day: background, number and border. */
  weekendBg: '#f4f6f9',
  weekendText: '#6b7a8c',
  workingText: '#1f2d3d',
  holidayBg: '#fff1f0',
  holidayText: '#c41d1d',
  holidayLine: '#ffccc7',
  dayOffBg: '#fff7e6',
  dayOffText: '#ad4e00',
  dayOffLine: '#ffd591',
  workedBg: '#e6f4ff',
  workedLine: '#91caff',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.primary,
    colorLink: palette.primary,
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
    fontSize: 14,
    colorBgLayout: palette.layoutBg,
  },
  components: {
    Layout: { headerBg: palette.surface, headerHeight: 56, headerPadding: '0 20px', siderBg: palette.surface, triggerBg: palette.calmBg, triggerColor: palette.calmText },
    // The longest section names ("Sự việc & đoàn đông người", "Incidents & mass delegations") read whole in the
    // 256 px menu: 12 px more room for the label than antd's spacing leaves.
    Menu: { itemBorderRadius: 6, itemMarginInline: 6, itemPaddingInline: 8, subMenuItemBg: palette.surface },
    Table: { headerBg: palette.subtleBg },
  },
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The CSS variables the stylesheets use: the palette, and antd's spacing, type and radius tokens as computed from
 * the theme above (so a class's margin is the same 16 px antd gives its own components).
 */
export function themeCssVariables(): Record<string, string> {
  const token = antdTheme.getDesignToken(theme);
  const px = (n: number): string => `${n}px`;
  const vars: Record<string, string> = {
    '--td-margin': px(token.margin),
    '--td-margin-sm': px(token.marginSM),
    '--td-margin-xs': px(token.marginXS),
    '--td-margin-xxs': px(token.marginXXS),
    '--td-padding': px(token.padding),
    '--td-padding-sm': px(token.paddingSM),
    '--td-padding-xs': px(token.paddingXS),
    '--td-padding-lg': px(token.paddingLG),
    '--td-font-size': px(token.fontSize),
    '--td-font-size-sm': px(token.fontSizeSM),
    // Between antd's small (12) and body (14) sizes: the size of notes that sit inside a table or a list.
    '--td-font-size-note': px(token.fontSize - 1),
    '--td-radius': px(token.borderRadius),
    '--td-radius-sm': px(token.borderRadiusSM),
    '--td-radius-lg': px(token.borderRadiusLG),
    '--td-color-success': token.colorSuccess,
    '--td-color-warning': token.colorWarning,
  };
  for (const [name, value] of Object.entries(palette)) vars[`--td-${kebab(name)}`] = value;
  return vars;
}
